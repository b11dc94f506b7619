using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases;

/// <summary>
/// Rules the policy files state in their own words rather than as keys, read from the categories' text:
/// whether a health and safety or safeguarding concern makes a contact a complaint (whg 2.5, cfp-2018
/// section 5), and whether a customer's thanks at the end of a call is not a compliment (HiS).
/// </summary>
public static partial class PolicyReadings
{
    /// <summary>The policy's complaint or feedback wording says a concern of this kind is handled as a complaint.</summary>
    public static bool ConcernMakesAComplaint(Policy policy, string concern)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var words = concern == Concerns.HealthAndSafety ? HealthAndSafetyWords() : SafeguardingWords();
        foreach (var category in policy.Categories)
        {
            if (category.Kind == ContactKind.Complaint && TextOf(category).Any(words.IsMatch)) return true;
            // "A particularly serious issue, such as a health and safety issue, is always a formal complaint."
            if (category.Kind != ContactKind.Complaint && category.Guidance is { } guidance && words.IsMatch(guidance) && AlwaysAComplaint().IsMatch(guidance))
                return true;
        }
        return false;
    }

    /// <summary>The policy says thanks at the end of an interaction is not recorded as a compliment (or that compliments are unsolicited).</summary>
    public static bool ThanksIsNotACompliment(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Categories.Where(c => c.Kind == ContactKind.Compliment).SelectMany(TextOf).Any(text => ThanksNotCompliment().IsMatch(text));
    }

    private static IEnumerable<string> TextOf(ContactCategory category) =>
        new[] { category.Definition, category.Guidance ?? "" }.Concat(category.Examples);

    [GeneratedRegex(@"health\s+and\s+safety|health\s*&\s*safety", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HealthAndSafetyWords();

    [GeneratedRegex(@"safeguarding", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeguardingWords();

    [GeneratedRegex(@"always\s+a\s+(formal\s+)?complaint", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysAComplaint();

    [GeneratedRegex(@"thank\w*\b.*\bnot\b.*\bcompliment|\bunsolicited\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksNotCompliment();
}
