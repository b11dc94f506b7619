using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintsBot.CardActions;

/// <summary>
/// What a click on a case card carries: the case id and the version the card showed, and the card's input
/// values merged in by id. Only these are read from the card; who clicked comes from the activity.
/// </summary>
public sealed record CaseActionRequest(int CaseId, int Version, JsonObject Data)
{
    public static CaseActionRequest Parse(JsonNode? data)
    {
        if (data is not JsonObject values)
            throw CardActionRefusedException.BadRequest("BadRequest", "This card sent no case details; open the case again.");
        if (Text(values, "caseId") is not { } caseText || !int.TryParse(caseText, NumberStyles.None, CultureInfo.InvariantCulture, out var caseId))
            throw CardActionRefusedException.BadRequest("BadRequest", "This card does not say which case it is about; open the case again.");
        if (Text(values, "version") is not { } versionText || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw CardActionRefusedException.BadRequest("BadRequest", "This card does not say which version of the case it shows; open the case again.");
        return new CaseActionRequest(caseId, version, values);
    }

    /// <summary>An input's value, trimmed; null when the input is missing or blank.</summary>
    public string? Input(string id) => Text(Data, id);

    private static string? Text(JsonObject values, string id)
    {
        if (values[id] is not JsonValue value) return null;
        var text = value.TryGetValue<string>(out var s) ? s
            : value.TryGetValue<decimal>(out var n) ? n.ToString(CultureInfo.InvariantCulture)
            : value.TryGetValue<bool>(out var b) ? (b ? "true" : "false")
            : null;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
