namespace ComplaintsBot.Cases.Store;

/// <summary>The last case reference sequence handed out for a prefix in a year.</summary>
public sealed class ReferenceCounter
{
    public required string Prefix { get; init; }
    public int Year { get; init; }
    public int LastSequence { get; set; }
}
