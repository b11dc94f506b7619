namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// A clock that starts at a chosen instant and then runs at real speed: the test knows which day it is (so it can
/// compute the deadlines), while the host's timeouts and retries, which wait on the same clock, still elapse.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + System.GetElapsedTime(_started);
}
