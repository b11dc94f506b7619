using ComplaintsBot.Cases.Deadlines;

namespace ComplaintsBot.Cards;

/// <summary>How staff read each deadline on a card.</summary>
public static class DeadlineNames
{
    public static string ForStaff(DeadlineKind kind) => kind switch
    {
        DeadlineKind.QuickResponse => "Respond to the feedback",
        DeadlineKind.Stage1Acknowledge => "Stage 1 acknowledgement",
        DeadlineKind.Stage1ContactCustomer => "Stage 1 contact with customer",
        DeadlineKind.Stage1Response => "Stage 1 response",
        DeadlineKind.EscalationWindow => "Customer may ask for Stage 2 until",
        DeadlineKind.Stage2Acknowledge => "Stage 2 acknowledgement",
        DeadlineKind.Stage2ContactCustomer => "Stage 2 contact with customer",
        DeadlineKind.Stage2Response => "Stage 2 response",
        _ => kind.ToString(),
    };

    /// <summary>The status word the card templates colour (cards/README.md).</summary>
    public static string CardStatus(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => "onTrack",
        DeadlineStatus.DueSoon => "dueSoon",
        DeadlineStatus.DueToday => "dueToday",
        DeadlineStatus.Overdue => "overdue",
        _ => "met",
    };
}
