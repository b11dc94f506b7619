namespace ComplaintsBot.Cases.Store;

/// <summary>
/// SQLite serves one host process: a second one on the same file would run its own turn locks, redelivery
/// guard and reminder sweeps beside the first. The host holds an exclusive lock on "&lt;file&gt;.instance" for
/// its lifetime (an OS file lock, released when the process ends however it ends), and a second process is
/// refused at start. Hosts inside one process (the tests) share the one claim.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    private static readonly Dictionary<string, (FileStream Stream, int Holders)> Held = new(StringComparer.Ordinal);
    private readonly string _path;
    private bool _disposed;

    private SqliteInstanceLock(string path) => _path = path;

    public string LockFile => _path;

    /// <summary>Takes the lock for the SQLite file at <paramref name="databasePath"/>, or throws <see cref="SqliteInstanceLockedException"/>.</summary>
    public static SqliteInstanceLock Acquire(string databasePath)
    {
        var path = Path.GetFullPath(databasePath) + ".instance";
        lock (Held)
        {
            if (Held.TryGetValue(path, out var held))
            {
                Held[path] = (held.Stream, held.Holders + 1);
                return new SqliteInstanceLock(path);
            }
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: held until disposed or the process ends.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                stream.Flush();
                Held[path] = (stream, 1);
                return new SqliteInstanceLock(path);
            }
            catch (IOException)
            {
                throw new SqliteInstanceLockedException(
                    $"Another ComplaintsBot process is already using the SQLite database {Path.GetFullPath(databasePath)}. SQLite serves one instance; to run several, use PostgreSQL (Store:Provider=PostgreSql and ConnectionStrings:Cases, see docs/operations.md).");
            }
        }
    }

    public void Dispose()
    {
        lock (Held)
        {
            if (_disposed || !Held.TryGetValue(_path, out var held)) return;
            _disposed = true;
            if (held.Holders > 1)
            {
                Held[_path] = (held.Stream, held.Holders - 1);
                return;
            }
            Held.Remove(_path);
            held.Stream.Dispose();
        }
    }
}

public sealed class SqliteInstanceLockedException(string message) : Exception(message);
