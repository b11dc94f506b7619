using System.Text.RegularExpressions;

namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>
/// The people the store knows other than the customer (staff, other customers, representatives), to say which of
/// them a piece of free text names. It finds full names only, as written in the store; free text is marked for review
/// whether or not it finds one, because a neighbour or a relative the store never recorded can be named too.
/// </summary>
public sealed class ThirdPartyNames
{
    private readonly List<(string Name, string Who, Regex Pattern)> _names;

    /// <param name="people">Each known person's name and what they are ("staff", "another customer", "representative").</param>
    public ThirdPartyNames(IEnumerable<(string Name, string Who)> people)
    {
        _names = [.. people
            .Where(p => p.Name.Trim().Length >= 3)
            .DistinctBy(p => p.Name.Trim().ToLowerInvariant())
            .Select(p => (p.Name.Trim(), p.Who, new Regex($@"(?<!\w){Regex.Escape(p.Name.Trim())}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];
    }

    /// <summary>"staff: Dana Scully; another customer: Fox Mulder", or null when the text names nobody known.</summary>
    public string? Named(string text)
    {
        var found = _names.Where(n => text.Contains(n.Name, StringComparison.OrdinalIgnoreCase) && n.Pattern.IsMatch(text)).ToList();
        return found.Count == 0 ? null : string.Join("; ", found.Select(f => $"{f.Who}: {f.Name}"));
    }
}
