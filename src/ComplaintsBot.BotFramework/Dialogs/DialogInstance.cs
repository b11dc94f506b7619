namespace ComplaintsBot.BotFramework.Dialogs;

/// <summary>
/// One entry on the dialog stack: which dialog and its persisted state. The state goes through JSON, so a
/// value read back in a later turn is a JsonElement; read it with ObjectPath.GetTypedValue.
/// </summary>
public class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    [System.Text.Json.Serialization.JsonConverter(typeof(Builder.StateDictionary.Converter))]
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public int? StackIndex { get; set; }

    public string? Version { get; set; }
}
