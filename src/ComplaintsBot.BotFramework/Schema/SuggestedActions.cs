namespace ComplaintsBot.BotFramework.Schema;

/// <summary>Quick-reply buttons. Teams shows them in personal chats only, with at most three.</summary>
public class SuggestedActions : ExtensibleObject
{
    public IList<string>? To { get; set; }
    public IList<CardAction>? Actions { get; set; }
}
