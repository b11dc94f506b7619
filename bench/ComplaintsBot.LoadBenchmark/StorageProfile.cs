using System.Diagnostics;
using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// Stopwatch profile of the state storage alone (--profile-storage N): N turns' worth of read-then-write of
/// one conversation's state, one at a time, with the CPU and allocations of each half.
/// </summary>
public static class StorageProfile
{
    public static async Task RunAsync(IStorage storage, int turns)
    {
        var state = new Dictionary<string, object>
        {
            ["DialogState"] = new Dictionary<string, object> { ["dialogStack"] = new List<object> { new Dictionary<string, object> { ["id"] = "ContactDialog", ["state"] = new Dictionary<string, object> { ["values"] = "x".PadRight(300, 'x') } } } },
            [RedeliveryGuardMiddleware.PropertyName] = new List<string> { "1732459012345", "1732459012346", "1732459012347" },
        };
        var keys = Enumerable.Range(0, 64).Select(i => $"msteams/conversations/a:1profile{i}").ToArray();
        foreach (var key in keys) await storage.WriteAsync(new Dictionary<string, object> { [key] = state });

        TimeSpan readCpu = TimeSpan.Zero, writeCpu = TimeSpan.Zero;
        long readBytes = 0, writeBytes = 0, readTicks = 0, writeTicks = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < turns; i++)
        {
            var key = keys[i % keys.Length];
            var (cpu, bytes, ticks) = (CpuNow(process), GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
            await storage.ReadAsync([key]);
            readTicks += Stopwatch.GetTimestamp() - ticks; readCpu += CpuNow(process) - cpu; readBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;

            (cpu, bytes, ticks) = (CpuNow(process), GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
            await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
            writeTicks += Stopwatch.GetTimestamp() - ticks; writeCpu += CpuNow(process) - cpu; writeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        Console.WriteLine($"Storage profile ({turns} read+write pairs, one at a time; allocations counted on the calling thread only):");
        Console.WriteLine($"  read   {readTicks * 1e6 / Stopwatch.Frequency / turns,8:F1} µs wall  {readCpu.TotalMicroseconds / turns,8:F1} µs CPU  {readBytes / 1024.0 / turns,6:F1} KiB");
        Console.WriteLine($"  write  {writeTicks * 1e6 / Stopwatch.Frequency / turns,8:F1} µs wall  {writeCpu.TotalMicroseconds / turns,8:F1} µs CPU  {writeBytes / 1024.0 / turns,6:F1} KiB");
    }

    private static TimeSpan CpuNow(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
