namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// What a landlord's contact category means to the bot, whatever the landlord calls it
/// ("grumble", "general feedback", "escalated service request", "quick resolution" are all Feedback).
/// </summary>
public enum ContactKind
{
    ServiceRequest,
    Feedback,
    Complaint,
    Compliment,
}
