using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Cases.Store;

/// <summary>Where the case store keeps its data (configuration section "Store").</summary>
public static class CaseStoreOptions
{
    public const string SqlitePathKey = "Store:SqlitePath";
    /// <summary>"Sqlite" (default) or "PostgreSql".</summary>
    public const string ProviderKey = "Store:Provider";
    /// <summary>ConnectionStrings:Cases, for PostgreSQL.</summary>
    public const string ConnectionStringName = "Cases";
    /// <summary>The assembly holding the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "ComplaintsBot.Cases.PostgreSql";
    /// <summary>The assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "ComplaintsBot.Cases.Sqlite";
    public const string DefaultSqliteFile = "complaintsbot.db";
    public const string SqliteSynchronousKey = "Store:SqliteSynchronous";
    /// <summary>true (default): the host applies pending migrations at start, under a lock; false: it refuses a schema that is not current.</summary>
    public const string MigrateAtStartupKey = "Store:MigrateAtStartup";
    /// <summary>How long a writer waits for another before giving up with "database is locked".</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The synchronous mode from <c>Store:SqliteSynchronous</c> (Full or Normal; default Full).</summary>
    public static SqliteSynchronous ResolveSqliteSynchronous(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[SqliteSynchronousKey];
        if (string.IsNullOrWhiteSpace(value)) return SqliteSynchronous.Full;
        return Enum.TryParse<SqliteSynchronous>(value.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new InvalidOperationException($"{SqliteSynchronousKey} is '{value}'; it must be Full or Normal.");
    }

    /// <summary><c>Store:MigrateAtStartup</c>: true unless set to false.</summary>
    public static bool ResolveMigrateAtStartup(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[MigrateAtStartupKey];
        if (string.IsNullOrWhiteSpace(value)) return true;
        return bool.TryParse(value.Trim(), out var migrate)
            ? migrate
            : throw new InvalidOperationException($"{MigrateAtStartupKey} is '{value}'; it must be true or false.");
    }

    /// <summary>True when <c>Store:Provider</c> asks for PostgreSQL; a value that is neither provider is refused.</summary>
    public static bool UsesPostgreSql(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return false;
        if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)) return true;
        throw new InvalidOperationException($"{ProviderKey} is '{provider}'; use Sqlite (the default) or PostgreSql.");
    }

    /// <summary>ConnectionStrings:Cases, required with PostgreSQL.</summary>
    public static string ResolvePostgreSqlConnection(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException($"{ProviderKey} is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set; give the database's connection string.");
        return connection;
    }

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
