using ComplaintsBot.BotFramework.Builder;

namespace ComplaintsBot.BotFramework.Integration.AspNetCore;

/// <summary>
/// What the CloudAdapter does when a turn throws (the SDK samples' AdapterWithErrorHandler): it logs the
/// error, apologises in the chat (or, for an Action.Execute, in the card), then runs
/// <see cref="ClearConversationStateAsync"/> so a broken dialog stack cannot trap the user in an error
/// loop (core-bot deletes ConversationState). Configure it in DI, e.g.
/// <c>services.AddOptions&lt;TurnErrorOptions&gt;().Configure&lt;ConversationState&gt;((o, state) =&gt; o.ClearConversationStateAsync = ctx =&gt; state.DeleteAsync(ctx))</c>.
/// </summary>
public class TurnErrorOptions
{
    public const string DefaultApologyText = "Sorry, something went wrong. Please try again.";

    /// <summary>The message sent to the user after an error; empty sends none.</summary>
    public string ApologyText { get; set; } = DefaultApologyText;

    /// <summary>Clears the conversation's state after an error; null keeps it.</summary>
    public Func<ITurnContext, Task>? ClearConversationStateAsync { get; set; }
}
