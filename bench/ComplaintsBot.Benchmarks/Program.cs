using System.Diagnostics;
using System.Globalization;
using ComplaintsBot.Benchmarks;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;

// Computes the deadline sets of random cases on one thread and prints the throughput and allocation.
var caseCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var random = new Random(20261124);
var policies = BenchmarkPolicies.All;
var cases = new (Policy Policy, CaseTimeline Timeline, DateTimeOffset Now)[caseCount];
for (var i = 0; i < caseCount; i++) cases[i] = RandomCase(random, policies);

var calculator = new DeadlineCalculator();
// Warm up: the calendar and London-time tables, and the JIT's tiers.
var warmUp = Run(calculator, cases.AsSpan(0, Math.Min(caseCount, 200_000)));
warmUp = Run(calculator, cases.AsSpan(0, Math.Min(caseCount, 200_000)));

// The machine may be shared, so CPU time (the process's, i.e. this thread plus any runtime threads) is
// printed beside the wall-clock time: it is what one core spends.
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var stopwatch = Stopwatch.StartNew();
var checksum = Run(calculator, cases);
stopwatch.Stop();
var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
process.Refresh();
var cpu = process.TotalProcessorTime - cpuBefore;

Console.WriteLine(FormattableString.Invariant($"cases:              {caseCount:N0} ({policies.Length} policies, received 2018-2028, one thread)"));
Console.WriteLine(FormattableString.Invariant($"total time:         {stopwatch.Elapsed.TotalMilliseconds:N1} ms"));
Console.WriteLine(FormattableString.Invariant($"cpu time:           {cpu.TotalMilliseconds:N1} ms (load average {LoadAverage()})"));
Console.WriteLine(FormattableString.Invariant($"deadline sets/s:    {caseCount / stopwatch.Elapsed.TotalSeconds:N0} wall clock, {caseCount / cpu.TotalSeconds:N0} per cpu second"));
Console.WriteLine(FormattableString.Invariant($"ns per set:         {stopwatch.Elapsed.TotalNanoseconds / caseCount:N1} wall clock, {cpu.TotalNanoseconds / caseCount:N1} cpu"));
Console.WriteLine(FormattableString.Invariant($"deadlines computed: {checksum.Count:N0} ({(double)checksum.Count / caseCount:N2} per set)"));
Console.WriteLine(FormattableString.Invariant($"allocated:          {allocated:N0} bytes ({(double)allocated / caseCount:N3} bytes per set)"));
Console.WriteLine(FormattableString.Invariant($"checksum:           {checksum.Hash:X16} (warm-up {warmUp.Hash:X16})"));

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static (long Count, long Hash) Run(DeadlineCalculator calculator, ReadOnlySpan<(Policy Policy, CaseTimeline Timeline, DateTimeOffset Now)> cases)
{
    long count = 0, hash = 0;
    foreach (ref readonly var c in cases)
    {
        var set = calculator.Compute(c.Policy, c.Timeline, c.Now);
        count += set.Count;
        foreach (var deadline in set) hash = hash * 31 + deadline.Due.UtcTicks + (int)deadline.Status;
    }
    return (count, hash);
}

// A case at a random point of its life: each event happens with some chance, a few days after the last.
static (Policy, CaseTimeline, DateTimeOffset) RandomCase(Random random, Policy[] policies)
{
    var policy = policies[random.Next(policies.Length)];
    var start = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
    var received = start.AddMinutes(random.NextInt64(0, (long)(new DateTimeOffset(2029, 1, 1, 0, 0, 0, TimeSpan.Zero) - start).TotalMinutes));
    var now = received.AddHours(random.Next(0, 24 * 120));
    var last = received;
    DateTimeOffset? Next(int chancePercent, int maxDays)
    {
        if (random.Next(100) >= chancePercent) return null;
        last = last.AddHours(random.Next(1, maxDays * 24));
        return last;
    }

    if (policy.QuickResolution is not null && random.Next(100) < 20)
        return (policy, new CaseTimeline { Track = CaseTrack.QuickResolution, Received = received, Stage1Response = Next(60, 5) }, now);

    var acknowledged = Next(80, 7);
    var response = acknowledged is null ? null : Next(70, 20);
    var escalated = response is null ? null : Next(40, 30);
    var acknowledged2 = escalated is null ? null : Next(70, 7);
    var response2 = acknowledged2 is null ? null : Next(60, 25);
    return (policy, new CaseTimeline
    {
        Received = received,
        Stage1Acknowledged = acknowledged,
        Stage1Response = response,
        Stage1ExtensionWorkingDays = random.Next(100) < 10 ? 10 : 0,
        EscalationRequested = escalated,
        EscalationWindowExtended = random.Next(100) < 5,
        Stage2Acknowledged = acknowledged2,
        Stage2Response = response2,
        Stage2ExtensionWorkingDays = random.Next(100) < 10 ? 20 : 0,
    }, now);
}
