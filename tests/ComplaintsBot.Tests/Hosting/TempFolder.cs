using Microsoft.Data.Sqlite;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>A fresh folder under the system temp folder, deleted (with its SQLite files) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "complaintsbot-host-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        // Pooled SQLite connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still held by a late finaliser; the temp folder is cleaned by the OS */ }
    }
}
