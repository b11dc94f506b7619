using System.Globalization;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>Reads form inputs, naming the input when a value is not one the form offers.</summary>
public static class FormValues
{
    public static ContactChannel Channel(string? value) =>
        value is null ? ContactChannel.Phone
        : Enum.TryParse<ContactChannel>(value, ignoreCase: true, out var channel) && Enum.IsDefined(channel) ? channel
        : throw CardActionRefusedException.BadRequest("BadRequest", $"'{value}' is not a way of being in touch this bot knows.");

    public static StageOutcome Outcome(string value) => value switch
    {
        "upheld" => StageOutcome.Upheld,
        "partlyUpheld" => StageOutcome.PartlyUpheld,
        "notUpheld" => StageOutcome.NotUpheld,
        _ => throw CardActionRefusedException.BadRequest("BadRequest", $"The outcome '{value}' is not upheld, partly upheld or not upheld."),
    };

    public static decimal? Money(string? value, string what)
    {
        if (value is null) return null;
        if (!decimal.TryParse(value.TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            throw CardActionRefusedException.BadRequest("BadRequest", $"{what} must be an amount in pounds, such as 150 or 75.50; '{value}' is not.");
        return decimal.Round(amount, 2);
    }

    public static int WholeNumber(string? value, string what)
    {
        if (value is null || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
            throw CardActionRefusedException.BadRequest("BadRequest", $"{what} must be a whole number; '{value}' is not.");
        return (int)number;
    }

    public static string Required(string? value, string what) =>
        value ?? throw CardActionRefusedException.BadRequest("BadRequest", $"{what} is missing; fill it in and send the form again.");
}
