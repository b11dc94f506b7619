using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsBot.Cases.Store;

/// <summary>Stores an instant as its UTC ticks, an integer SQLite can compare and sort; reads it back in UTC.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
