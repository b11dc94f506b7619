using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The one-line way to start logging, for people who type: <c>log complaint T-200417 Mr Sam Okafor: the repair
/// was missed twice</c>. After "log": one of the policy's categories (its name, id or kind), a reference (a word
/// with a digit in it), the customer's name, and after a colon what the customer says; each part may be left out.
/// What it reads is filled in and marked answered, so the dialog asks only for the rest; what it cannot use
/// (a part over its length limit) is asked as usual and said so, never dropped silently.
/// </summary>
public static partial class ContactShortcut
{
    /// <summary>What was read from the line: the draft to start with and, for the reply, what was filled in and what was not.</summary>
    public sealed record Reading(ContactDraft Draft, IReadOnlyList<string> Filled, IReadOnlyList<string> NotUsed);

    public static Reading Read(Policy policy, string line)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(line);
        var draft = new ContactDraft();
        var filled = new List<string>();
        var notUsed = new List<string>();
        var text = line.Trim();
        string? description = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            description = text[(colon + 1)..].Trim();
            text = text[..colon].Trim();
        }
        var words = Spaces().Split(text).Where(w => w.Length > 0).ToList();

        if (CategoryAt(policy, words) is { } found)
        {
            draft.CategoryId = found.Category.Id;
            draft.CategoryGiven = true;
            draft.Answer(AnswerKeys.Category);
            words.RemoveRange(0, found.Words);
            filled.Add(found.Category.Name);
        }
        if (words.Count > 0 && Reference().IsMatch(words[0]))
        {
            if (words[0].Length <= TextLimits.Reference)
            {
                draft.TenancyReference = words[0];
                draft.Answer(AnswerKeys.Reference);
                filled.Add("reference " + words[0]);
            }
            else notUsed.Add("the reference (too long)");
            words.RemoveAt(0);
        }
        var name = string.Join(' ', words);
        if (name.Equals("anonymous", StringComparison.OrdinalIgnoreCase))
        {
            // As typed at the name question: nothing identifies the customer, so no reference is kept.
            draft.Anonymous = true;
            draft.TenancyReference = null;
            draft.Forget(AnswerKeys.Reference);
            filled.RemoveAll(f => f.StartsWith("reference ", StringComparison.Ordinal));
            draft.Answer(AnswerKeys.Customer);
            filled.Add("anonymous customer");
        }
        else if (name.Length > 0)
        {
            if (name.Length <= TextLimits.Name)
            {
                draft.CustomerName = name;
                draft.Answer(AnswerKeys.Customer);
                filled.Add("customer " + name);
            }
            else notUsed.Add("the customer's name (too long)");
        }
        if (!string.IsNullOrEmpty(description))
        {
            if (description.Length <= TextLimits.Description)
            {
                draft.Description = description;
                draft.Answer(AnswerKeys.Description);
                filled.Add("what they say");
            }
            else notUsed.Add(string.Create(CultureInfo.InvariantCulture, $"what they say ({description.Length:N0} characters; at most {TextLimits.Description:N0})"));
        }
        return new Reading(draft, filled, notUsed);
    }

    /// <summary>The category named by the first words (the longest match): its name (before any bracket), its id, or its kind when the policy has one category of that kind.</summary>
    private static (ContactCategory Category, int Words)? CategoryAt(Policy policy, List<string> words)
    {
        for (var count = Math.Min(4, words.Count); count > 0; count--)
        {
            var said = Normalise(string.Join(' ', words.Take(count)));
            var byName = policy.Categories.FirstOrDefault(c => Normalise(c.Id) == said || Normalise(c.Name.Split('(')[0]) == said);
            if (byName is not null) return (byName, count);
            var byKind = policy.Categories.Where(c => Normalise(c.Kind.ToString()) == said.Replace(" ", "", StringComparison.Ordinal)).ToList();
            if (byKind.Count == 1) return (byKind[0], count);
        }
        return null;
    }

    private static string Normalise(string text) => Spaces().Replace(text.Replace('-', ' ').Trim().ToLowerInvariant(), " ");

    /// <summary>A tenancy or account reference: one word with a digit in it (T-200417, 200417, TEN/0042).</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}/\-.]*\p{N}[\p{L}\p{N}/\-.]*$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
