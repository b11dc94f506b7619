using Microsoft.EntityFrameworkCore;
using System.Diagnostics;
using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// Stopwatch profile of the state storage alone (--profile-storage N): N turns' worth of read-then-write of
/// one conversation's state, one at a time, with the CPU and allocations of each half.
/// </summary>
public static class StorageProfile
{
    public static async Task RunAsync(IStorage storage, int turns, string? sqlitePath = null, Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>? contexts = null)
    {
        var state = new Dictionary<string, object>
        {
            ["DialogState"] = new Dictionary<string, object> { ["dialogStack"] = new List<object> { new Dictionary<string, object> { ["id"] = "ContactDialog", ["state"] = new Dictionary<string, object> { ["values"] = "x".PadRight(300, 'x') } } } },
            [RedeliveryGuardMiddleware.PropertyName] = new List<string> { "1732459012345", "1732459012346", "1732459012347" },
        };
        var keys = Enumerable.Range(0, 64).Select(i => $"msteams/conversations/a:1profile{i}").ToArray();
        foreach (var key in keys) await storage.WriteAsync(new Dictionary<string, object> { [key] = state });

        using var process = Process.GetCurrentProcess();
        var (readWall, readCpu, readBytes) = await MeasureAsync(process, turns, i => storage.ReadAsync([keys[i % keys.Length]]));
        var (writeWall, writeCpu, writeBytes) = await MeasureAsync(process, turns, i => storage.WriteAsync(new Dictionary<string, object> { [keys[i % keys.Length]] = state }));

        Console.WriteLine($"Storage profile ({turns} reads, then {turns} writes, one at a time):");
        Console.WriteLine($"  read   {readWall,8:F1} µs wall  {readCpu,8:F1} µs CPU  {readBytes,6:F1} KiB");
        Console.WriteLine($"  write  {writeWall,8:F1} µs wall  {writeCpu,8:F1} µs CPU  {writeBytes,6:F1} KiB");

        // The same read through ADO.NET alone, as the floor EF Core's share is measured against.
        if (sqlitePath is null) return;
        var connectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = sqlitePath, Pooling = true }.ToString();
        var (rawWall, rawCpu, rawBytes) = await MeasureAsync(process, turns, async i =>
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Json\" FROM \"BotState\" WHERE \"Key\" = $key";
            command.Parameters.AddWithValue("$key", keys[i % keys.Length]);
            var json = (string?)await command.ExecuteScalarAsync();
            _ = StorageJson.Deserialize(json!);
        });
        Console.WriteLine($"  raw ADO.NET read  {rawWall,8:F1} µs wall  {rawCpu,8:F1} µs CPU  {rawBytes,6:F1} KiB");
        if (contexts is null) return;
        var (rentWall, rentCpu, rentBytes) = await MeasureAsync(process, turns, async _ => { await using var db = await contexts.CreateDbContextAsync(); });
        Console.WriteLine($"  rent a pooled context  {rentWall,8:F1} µs wall  {rentCpu,8:F1} µs CPU  {rentBytes,6:F1} KiB");
        var (openWall, openCpu, openBytes) = await MeasureAsync(process, turns, async _ =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
        });
        Console.WriteLine($"  rent + open + close    {openWall,8:F1} µs wall  {openCpu,8:F1} µs CPU  {openBytes,6:F1} KiB");
    }

    private static async Task<(double WallMicroseconds, double CpuMicroseconds, double KiB)> MeasureAsync(Process process, int count, Func<int, Task> operation)
    {
        var (cpu, bytes, ticks) = (CpuNow(process), GC.GetTotalAllocatedBytes(true), Stopwatch.GetTimestamp());
        for (var i = 0; i < count; i++) await operation(i);
        var wall = (Stopwatch.GetTimestamp() - ticks) * 1e6 / Stopwatch.Frequency / count;
        return (wall, (CpuNow(process) - cpu).TotalMicroseconds / count, (GC.GetTotalAllocatedBytes(true) - bytes) / 1024.0 / count);
    }

    private static TimeSpan CpuNow(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
