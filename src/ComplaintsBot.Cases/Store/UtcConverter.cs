using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsBot.Cases.Store;

/// <summary>Writes every instant in UTC: PostgreSQL's timestamptz accepts only offset zero from Npgsql.</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
