using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Exclusions;

/// <summary>
/// The exclusion-decision cards sent to managers, remembered as sent card messages, so that once one manager
/// decides, every other manager's copy is replaced with the decision.
/// </summary>
public sealed class ExclusionCardMessages(IDbContextFactory<CasesDbContext> contexts, TimeProvider clock)
{
    public const string Kind = "exclusion-decision";

    public async Task RememberAsync(int caseId, ConversationReference reference, string? messageId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(messageId) || reference.Conversation?.Id is not { } conversationId) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SentCardMessages.Add(new SentCardMessage
        {
            CaseId = caseId, Kind = Kind, ConversationId = conversationId, ActivityId = messageId,
            ReferenceJson = BotJson.Serialize(reference), UpdatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
