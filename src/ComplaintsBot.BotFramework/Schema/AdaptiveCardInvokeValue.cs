namespace ComplaintsBot.BotFramework.Schema;

/// <summary>
/// The value of an <c>adaptiveCard/action</c> invoke. Teams also sends <c>trigger</c> (manual or
/// automatic), kept with any other unknown field in Properties.
/// </summary>
public class AdaptiveCardInvokeValue : ExtensibleObject
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public AdaptiveCardAuthentication? Authentication { get; set; }
    public string? State { get; set; }
}
