using System.Data.Common;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintsBot.Bot.State;

/// <summary>
/// The two statements bot state runs on every turn, written once from EF Core's model (table and column
/// names, quoting, the UpdatedAt converter), so they stay right for any provider the store is mapped to.
/// Run on the context's open connection, inside its transaction if it has one.
/// </summary>
internal sealed class BotStateCommands
{
    private readonly string _select;
    private readonly string _update;
    private readonly string _updateIfETag;
    private readonly Func<DateTimeOffset, object?> _toProviderInstant;

    public BotStateCommands(CasesDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(BotStateEntry))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var (key, json, etag, updatedAt) = (Column(nameof(BotStateEntry.Key)), Column(nameof(BotStateEntry.Json)), Column(nameof(BotStateEntry.ETag)), Column(nameof(BotStateEntry.UpdatedAt)));

        _select = $"SELECT {json} FROM {table} WHERE {key} = @key";
        _update = $"UPDATE {table} SET {json} = @json, {etag} = @etag, {updatedAt} = @updatedAt WHERE {key} = @key";
        _updateIfETag = _update + $" AND {etag} = @expectedETag";
        var converter = entity.FindProperty(nameof(BotStateEntry.UpdatedAt))!.GetTypeMapping().Converter;
        _toProviderInstant = converter is null ? instant => instant : instant => converter.ConvertToProvider(instant);
        IsSqlite = db.Database.IsSqlite();
    }

    public bool IsSqlite { get; }

    internal string SelectSql => _select;

    internal string UpdateSql => _update;

    internal string UpdateIfETagSql => _updateIfETag;

    internal object? ToProviderInstant(DateTimeOffset instant) => _toProviderInstant(instant);

    public async Task<string?> ReadJsonAsync(CasesDbContext db, string key, CancellationToken cancellationToken)
    {
        await using var command = Create(db, _select);
        Add(command, "@key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Rows updated: 0 when the key is not stored or, with <paramref name="expectedETag"/>, its ETag differs.</summary>
    public async Task<int> UpdateAsync(CasesDbContext db, string key, string json, string newETag, DateTimeOffset updatedAt, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var command = Create(db, expectedETag is null ? _update : _updateIfETag);
        Add(command, "@json", json);
        Add(command, "@etag", newETag);
        Add(command, "@updatedAt", _toProviderInstant(updatedAt));
        Add(command, "@key", key);
        if (expectedETag is not null) Add(command, "@expectedETag", expectedETag);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Create(CasesDbContext db, string text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
