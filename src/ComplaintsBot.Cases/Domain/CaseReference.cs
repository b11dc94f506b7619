using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// A case's reference, as in WCH-2026-00042: the policy's reference prefix, the year the contact was
/// received, and a 5-digit sequence that restarts each year for each prefix. Valid on construction.
/// </summary>
public readonly partial record struct CaseReference
{
    public const int MaxSequence = 99_999;

    public CaseReference(string prefix, int year, int sequence)
    {
        if (string.IsNullOrWhiteSpace(prefix) || !PrefixPattern().IsMatch(prefix))
            throw new ArgumentException($"'{prefix}' is not a reference prefix; use 2 to 10 capital letters or digits starting with a letter, like WCH.", nameof(prefix));
        if (year is < 2000 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, "A reference year must have four digits, from 2000.");
        if (sequence is < 1 or > MaxSequence)
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"A reference sequence runs from 1 to {MaxSequence}.");
        Prefix = prefix;
        Year = year;
        Sequence = sequence;
    }

    public string Prefix { get; }
    public int Year { get; }
    public int Sequence { get; }

    /// <summary>Reads a reference as staff type it: case does not matter and the sequence may lack its leading zeros.</summary>
    public static bool TryParse(string? text, out CaseReference reference)
    {
        reference = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = TextPattern().Match(text.Trim());
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture);
        if (year < 2000 || sequence is < 1 or > MaxSequence) return false;
        reference = new CaseReference(match.Groups["prefix"].Value.ToUpperInvariant(), year, sequence);
        return true;
    }

    public static CaseReference Parse(string text) =>
        TryParse(text, out var reference)
            ? reference
            : throw new FormatException($"'{text}' is not a case reference; write it like WCH-2026-00042.");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D5}");

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^(?<prefix>[A-Za-z][A-Za-z0-9]{1,9})-(?<year>[0-9]{4})-(?<sequence>[0-9]{1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex TextPattern();
}
