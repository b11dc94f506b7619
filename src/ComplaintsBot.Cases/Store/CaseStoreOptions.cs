using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cases.Store;

/// <summary>Where the case store keeps its data (configuration section "Store").</summary>
public static class CaseStoreOptions
{
    public const string SqlitePathKey = "Store:SqlitePath";
    public const string DefaultSqliteFile = "complaintsbot.db";
    /// <summary>How long a writer waits for another before giving up with "database is locked".</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The SQLite file from <c>Store:SqlitePath</c> (default complaintsbot.db); a relative path is taken from
    /// the host's content root, or the current directory where there is none.
    /// </summary>
    public static string ResolveSqlitePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[SqlitePathKey];
        if (string.IsNullOrWhiteSpace(path)) path = DefaultSqliteFile;
        var root = configuration["contentRoot"];
        if (string.IsNullOrWhiteSpace(root)) root = Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, path.Trim()));
    }
}
