namespace ComplaintsBot.Demo;

/// <summary>
/// The store's clock while a demo year is written: each event is stored at the instant it is said to have
/// happened, so audit trails and case pages read as a real year would. Between events it is the injected clock.
/// </summary>
public sealed class DemoClock(TimeProvider clock) : TimeProvider
{
    private DateTimeOffset? _at;

    /// <summary>The real "now", from the injected clock: the demo year ends here.</summary>
    public DateTimeOffset RealNow => clock.GetUtcNow();

    public void Set(DateTimeOffset at) => _at = at.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _at ?? clock.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;
}
