namespace ComplaintsBot.LoadBenchmark;

/// <summary>Case numbers for the benchmark's "Logged case CR-n" (the real allocator is the case store's, not measured here).</summary>
public sealed class CaseNumberSequence
{
    private long _last;

    public long Next() => Interlocked.Increment(ref _last);
}
