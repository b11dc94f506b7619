using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Deadlines;

public static class CaseTracks
{
    /// <summary>
    /// The track a contact filed under the category runs on: QuickResolution for the policy's
    /// quick-resolution category, Complaint for a complaint category, null for categories with no
    /// deadlines (service requests, compliments). Throws naming the id when the policy has no such category.
    /// </summary>
    public static CaseTrack? For(Policy policy, string categoryId)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.Equals(policy.QuickResolution?.CategoryId, categoryId, StringComparison.OrdinalIgnoreCase))
            return CaseTrack.QuickResolution;
        foreach (var category in policy.Categories)
            if (string.Equals(category.Id, categoryId, StringComparison.OrdinalIgnoreCase))
                return category.Kind == ContactKind.Complaint ? CaseTrack.Complaint : null;
        throw new ArgumentException(
            $"Policy {policy.Id} has no category '{categoryId}'; its categories are: {string.Join(", ", policy.Categories.Select(c => c.Id))}.",
            nameof(categoryId));
    }
}
