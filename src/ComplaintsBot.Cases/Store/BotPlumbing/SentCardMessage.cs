namespace ComplaintsBot.Cases.Store;

/// <summary>
/// A card message the bot posted or that a user clicked (a case card, an extension approval card), so a
/// later change can replace it (PUT) for everyone who holds it, not only for the person who clicked.
/// </summary>
public sealed class SentCardMessage
{
    public const string CaseCard = "case";
    public const string ExtensionDecisionCard = "extension-decision";
    public const string CompensationDecisionCard = "compensation-decision";
    public const string ExclusionDecisionCard = "exclusion-decision";
    public const string SignOffCard = "sign-off";
    /// <summary>A late request for the next stage, sent to the decider the policy names (TCH 9.1, WCH 5.3.2).</summary>
    public const string LateEscalationCard = "late-escalation";
    /// <summary>A concern on a saved case told to a senior manager: remembered so it is told once.</summary>
    public const string ConcernAlert = "concern-alert";
    /// <summary>Administrators told that nobody may decide a case's exclusion: remembered so they are told once.</summary>
    public const string NoDeciderNotice = "no-decider-notice";

    public int Id { get; set; }
    public int CaseId { get; set; }
    /// <summary><see cref="CaseCard"/>, <see cref="ExtensionDecisionCard"/>, <see cref="CompensationDecisionCard"/>, <see cref="ExclusionDecisionCard"/>, <see cref="SignOffCard"/>, or a notice sent once (<see cref="ConcernAlert"/>, <see cref="NoDeciderNotice"/>).</summary>
    public required string Kind { get; set; }
    /// <summary>The extension (or compensation approval, by its id) an approval card is about; null for case cards.</summary>
    public int? ExtensionId { get; set; }
    public required string ConversationId { get; set; }
    /// <summary>The message's id in its conversation (the ResourceResponse id, or an invoke's replyToId).</summary>
    public required string ActivityId { get; set; }
    /// <summary>The ConversationReference to reach the conversation, as the bot framework serialises it.</summary>
    public required string ReferenceJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
