namespace ComplaintsBot.Cases.Policies;

/// <summary>The exclusions the Complaint Handling Code accepts (Code 2.2), as <see cref="Exclusion.CodeBasis"/> spells them.</summary>
public static class CodeExclusions
{
    /// <summary>The issue giving rise to the complaint occurred over twelve months ago.</summary>
    public const string IssueTooOld = "issue-too-old";
    /// <summary>Legal proceedings have started: the claim form and particulars of claim have been filed at court.</summary>
    public const string LegalProceedings = "legal-proceedings";
    /// <summary>The matter has previously been considered under the complaints policy.</summary>
    public const string AlreadyConsidered = "already-considered";

    public static IReadOnlyList<string> All { get; } = [IssueTooOld, LegalProceedings, AlreadyConsidered];
}
