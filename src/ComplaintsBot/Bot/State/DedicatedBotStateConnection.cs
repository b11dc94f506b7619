using System.Data.Common;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// A context kept with its connection open for the life of the storage, with the bot-state statements
/// prepared on it once. Renting a pooled context and opening its connection cost ten times the SQL of a
/// turn's read or write; here a turn only binds parameters and runs the prepared statement. Used by one
/// caller at a time.
/// </summary>
internal sealed class DedicatedBotStateConnection : IAsyncDisposable
{
    private readonly DbCommand _select;
    private readonly DbCommand _update;
    private readonly DbCommand _updateIfETag;
    private readonly BotStateCommands _sql;

    private DedicatedBotStateConnection(CasesDbContext db, BotStateCommands sql)
    {
        Db = db;
        _sql = sql;
        _select = Prepare(sql.SelectSql, "@key");
        _update = Prepare(sql.UpdateSql, "@json", "@etag", "@updatedAt", "@key");
        _updateIfETag = Prepare(sql.UpdateIfETagSql, "@json", "@etag", "@updatedAt", "@key", "@expectedETag");
    }

    /// <summary>The context the connection belongs to, for the rare EF work (the first insert of a key, transactions).</summary>
    public CasesDbContext Db { get; }

    /// <summary>Opens through EF Core, so the store's connection setup (busy timeout, synchronous mode) applies.</summary>
    public static async Task<DedicatedBotStateConnection> OpenAsync(IDbContextFactory<CasesDbContext> contexts, BotStateCommands sql, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new DedicatedBotStateConnection(db, sql);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async Task<string?> ReadJsonAsync(string key, CancellationToken cancellationToken)
    {
        Bind(_select, key);
        return await _select.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Rows updated: 0 when the key is not stored or, with <paramref name="expectedETag"/>, its ETag differs.</summary>
    public async Task<int> UpdateAsync(string key, string json, string newETag, DateTimeOffset updatedAt, string? expectedETag, CancellationToken cancellationToken)
    {
        var command = expectedETag is null ? _update : _updateIfETag;
        if (expectedETag is null) Bind(command, json, newETag, _sql.ToProviderInstant(updatedAt), key);
        else Bind(command, json, newETag, _sql.ToProviderInstant(updatedAt), key, expectedETag);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Prepare(string text, params string[] parameterNames)
    {
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private void Bind(DbCommand command, params object?[] values)
    {
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _select.DisposeAsync();
        await _update.DisposeAsync();
        await _updateIfETag.DisposeAsync();
        await Db.Database.CloseConnectionAsync();
        await Db.DisposeAsync();
    }
}
