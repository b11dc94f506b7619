namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// One entry of a file's rule-book: where in the landlord's document the rules under a path come from and,
/// where the document can be read more than one way, each reading, which one the bot applies and why.
/// </summary>
public sealed class CitationDocument
{
    /// <summary>The clause, as a complaints manager finds it in the document ("WCH 5.2.1", "HiS, Compensation").</summary>
    public string? Clause { get; set; }
    /// <summary>The document's own words, shortened where long.</summary>
    public string? Says { get; set; }
    public List<string>? Readings { get; set; }
    /// <summary>Which reading the bot applies, counted from 1.</summary>
    public int? Applies { get; set; }
    public string? Why { get; set; }
}
