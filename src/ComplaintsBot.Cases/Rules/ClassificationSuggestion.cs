using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>What staff answered to the guided questions about a contact; null where the question was not asked.</summary>
/// <param name="ComplaintByConcern">A concern the policy says makes any contact a complaint (ClassificationRules.ConcernsMakeAComplaint).</param>
public sealed record GuidedAnswers(
    bool ComplaintByConcern,
    bool? Unhappy,
    bool? FirstTime,
    bool? WantsInvestigation,
    bool? Praise,
    bool? MoreThanThanks,
    bool? AsksForAction);

/// <summary>The category a policy's guided questions point to: staff see it suggested and may choose another.</summary>
public static class ClassificationSuggestion
{
    public static ContactCategory For(Policy policy, GuidedAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(answers);
        ContactCategory Of(ContactKind kind) => policy.Categories.First(c => c.Kind == kind);
        var feedback = policy.Categories.Where(c => c.Kind == ContactKind.Feedback).ToList();
        var quick = feedback.FirstOrDefault(c => c.Id == policy.QuickResolution?.CategoryId);
        var general = feedback.FirstOrDefault(c => c.Id != policy.QuickResolution?.CategoryId);

        if (answers.ComplaintByConcern) return Of(ContactKind.Complaint);
        if (answers.Unhappy == true)
        {
            // TCH 7.2.1: quick resolution is for an issue not previously presented, put right at first contact when the
            // customer agrees; a first request they want handled formally is still a service request first (TCH 2).
            if (policy.QuickResolution is { NewIssuesOnly: true })
            {
                if (answers.FirstTime == true) return answers.WantsInvestigation == false && quick is not null ? quick : Of(ContactKind.ServiceRequest);
                if (answers.WantsInvestigation == true) return Of(ContactKind.Complaint);
                // Raised before and not wanted as a complaint: not a quick resolution; their other feedback, or a service request.
                return general ?? Of(ContactKind.ServiceRequest);
            }
            if (answers.FirstTime == true) return Of(ContactKind.ServiceRequest);
            if (answers.WantsInvestigation == true || feedback.Count == 0) return Of(ContactKind.Complaint);
            // Offered the choice to complain and declining it (Code 1.3): the policy's quick resolution or its own
            // category for putting things right (whg 2.5). Otherwise the reading the Code's policy file applies to
            // Code 1.4: the dissatisfaction is recorded as feedback with the choice the customer made, not relabelled
            // a service request (a service request is a request for action, and the one already open goes on, Code 1.5).
            if ((quick ?? feedback.FirstOrDefault(c => c.PutsThingsRight)) is { } own) return own;
            return policy.Classification.DeclinedComplaint == DeclinedComplaint.Feedback && general is not null
                ? general
                : Of(ContactKind.ServiceRequest);
        }
        if (answers.Praise == true) return answers.MoreThanThanks == false ? general ?? quick ?? Of(ContactKind.ServiceRequest) : Of(ContactKind.Compliment);
        if (answers.AsksForAction == false && (general ?? quick) is { } comment) return comment;
        return Of(ContactKind.ServiceRequest);
    }
}
