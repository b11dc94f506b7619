using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;

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

    /// <summary>
    /// The deadline's name with what the policy says the contact with the customer is for, where its file says it
    /// (cfp 5 Stage 1: the service improvement team's attempt at an immediate resolution within 24 hours).
    /// </summary>
    public static string ForStaff(DeadlineKind kind, Policy policy)
    {
        var stage = kind switch
        {
            DeadlineKind.Stage1ContactCustomer => 1,
            DeadlineKind.Stage2ContactCustomer => 2,
            _ => 0,
        };
        var note = policy.Stages.FirstOrDefault(s => s.Number == stage)?.ContactCustomer?.Note;
        return note is null ? ForStaff(kind) : $"{ForStaff(kind)} ({note})";
    }

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
