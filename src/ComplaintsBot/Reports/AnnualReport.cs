namespace ComplaintsBot.Reports;

/// <summary>
/// The annual complaints performance and service improvement report the Complaint Handling Code requires (Code 8.1),
/// for the governing body and for publication with its response (Code 8.2): the year's figures, the self-assessment
/// against every provision of the Code, the learning and service improvements recorded on cases, and the Housing
/// Ombudsman's determinations.
/// </summary>
public sealed record AnnualReport
{
    public required string Landlord { get; init; }
    public required string PolicyId { get; init; }
    public required string PolicyName { get; init; }
    /// <summary>"2026/27": the financial year from 1 April, the year the Tenant Satisfaction Measures cover.</summary>
    public required string Year { get; init; }
    public required DateTimeOffset PreparedAt { get; init; }
    public required ComplaintsReport Figures { get; init; }
    public required IReadOnlyList<SelfAssessmentRow> SelfAssessment { get; init; }
    /// <summary>Complaints not accepted into the process in the year, by the exclusion applied (Code 8.1: the types refused).</summary>
    public required IReadOnlyList<CountRow> NotAccepted { get; init; }
    /// <summary>Complaints closed in the year with learning or a service improvement recorded, oldest first.</summary>
    public required IReadOnlyList<LearningRow> Learning { get; init; }
    /// <summary>Complaints closed in the year that upheld the complaint in whole or part: what <see cref="Learning"/> is measured against.</summary>
    public required int UpheldClosed { get; init; }
    /// <summary>The Housing Ombudsman's determinations dated in the year.</summary>
    public required IReadOnlyList<OmbudsmanRow> Ombudsman { get; init; }
    /// <summary>The governing body's response, as it gave it; null until it has (the report says where it goes).</summary>
    public string? GoverningBodyResponse { get; init; }

    public int Count(AssessmentVerdict verdict) => SelfAssessment.Count(r => r.Verdict == verdict);
}

/// <summary>One provision of the Code assessed: what it requires, the policy's clause as evidence, the data, the verdict.</summary>
/// <param name="Provision">"6.2".</param>
/// <param name="Evidence">The policy's clauses covering it (or the landlord's own evidence), in words.</param>
/// <param name="Data">What the year's records show for it; "" where records cannot show it.</param>
/// <param name="Reason">Why the verdict is what it is.</param>
public sealed record SelfAssessmentRow(string Provision, int Section, string Requirement, string Evidence, string Data, AssessmentVerdict Verdict, string Reason);

public enum AssessmentVerdict
{
    Complies,
    /// <summary>The policy meets the provision but the year's records fall short of it, or the policy needs review.</summary>
    PartlyComplies,
    DoesNotComply,
    /// <summary>Neither the policy file nor the records can show it; the landlord gives its evidence.</summary>
    LandlordToEvidence,
}

public static class AssessmentVerdicts
{
    public static string Describe(this AssessmentVerdict verdict) => verdict switch
    {
        AssessmentVerdict.Complies => "Complies",
        AssessmentVerdict.PartlyComplies => "Partly complies",
        AssessmentVerdict.DoesNotComply => "Does not comply",
        AssessmentVerdict.LandlordToEvidence => "Landlord to evidence",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}

/// <param name="ClosedOn">yyyy-MM-dd.</param>
public sealed record LearningRow(string Reference, DateOnly ClosedOn, string? ServiceArea, string? Theme, string? Learning, string? ServiceImprovement);

public sealed record OmbudsmanRow(string Reference, DateOnly DeterminedOn, string Finding, bool Adverse, string? Orders);
