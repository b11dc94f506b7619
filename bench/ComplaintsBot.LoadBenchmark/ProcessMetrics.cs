using System.Diagnostics;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>CPU time, peak resident memory and GC activity of this process.</summary>
public readonly record struct ProcessMetrics(TimeSpan Cpu, TimeSpan KernelCpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2)
{
    public static ProcessMetrics Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessMetrics(process.TotalProcessorTime, process.PrivilegedProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public ProcessMetrics Since(ProcessMetrics start) =>
        new(Cpu - start.Cpu, KernelCpu - start.KernelCpu, AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);

    /// <summary>Peak resident set size (VmHWM) in MiB (2^20 bytes), from /proc/self/status; -1 where there is none.</summary>
    public static double PeakResidentMebibytes()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return -1;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null) return -1;
        var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
