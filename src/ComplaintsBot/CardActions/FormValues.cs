using System.Globalization;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>Reads form inputs, naming the input when a value is not one the form offers.</summary>
public static class FormValues
{
    /// <summary>Far above any compensation a housing complaint awards; beyond it the figure is a typing slip.</summary>
    public const decimal MaxMoney = 1_000_000m;

    public static ContactChannel Channel(string? value) =>
        value is null ? ContactChannel.Phone
        : Enum.TryParse<ContactChannel>(value, ignoreCase: true, out var channel) && Enum.IsDefined(channel) ? channel
        : throw CardActionRefusedException.BadRequest("BadRequest", $"'{Echo(value)}' is not a way of being in touch this bot knows.");

    public static StageOutcome Outcome(string value) => value switch
    {
        "upheld" => StageOutcome.Upheld,
        "partlyUpheld" => StageOutcome.PartlyUpheld,
        "notUpheld" => StageOutcome.NotUpheld,
        _ => throw CardActionRefusedException.BadRequest("BadRequest", $"The outcome '{Echo(value)}' is not upheld, partly upheld or not upheld."),
    };

    public static decimal? Money(string? value, string what)
    {
        if (value is null) return null;
        if (!decimal.TryParse(value.TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0 || amount > MaxMoney)
            throw CardActionRefusedException.BadRequest("BadRequest", string.Create(CultureInfo.InvariantCulture, $"{what} must be an amount in pounds from 0 to {MaxMoney:N0}, such as 150 or 75.50; '{Echo(value)}' is not."));
        return decimal.Round(amount, 2);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else (99999999999 too) is refused, never cast.</summary>
    public static int WholeNumber(string? value, string what, int min = 0, int max = int.MaxValue)
    {
        if (value is null || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
            throw CardActionRefusedException.BadRequest("BadRequest", $"{what} must be a whole number; '{Echo(value)}' is not.");
        if (number < min || number > max)
            throw CardActionRefusedException.BadRequest("BadRequest", string.Create(CultureInfo.InvariantCulture, $"{what} must be from {min:N0} to {max:N0}; '{Echo(value)}' is not."));
        return (int)number;
    }

    public static decimal Decimal(string? value, string what) =>
        value is not null && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
        : throw CardActionRefusedException.BadRequest("BadRequest", $"{what} must be a number; '{Echo(value)}' is not.");

    /// <summary>What was typed, cut short for a reply: nothing a person sends is echoed back unbounded.</summary>
    public static string Echo(string? value, int limit = 40) =>
        value is null ? "" : value.Length <= limit ? value : string.Concat(value.AsSpan(0, limit), "…");

    public static string Required(string? value, string what) =>
        value ?? throw CardActionRefusedException.BadRequest("BadRequest", $"{what} is missing; fill it in and send the form again.");
}
