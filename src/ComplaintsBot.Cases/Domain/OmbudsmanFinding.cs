namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// What the Housing Ombudsman decided on a complaint it investigated, in the words of its determinations. The first
/// three are the adverse findings its landlord reports count towards the maladministration rate.
/// </summary>
public enum OmbudsmanFinding
{
    SevereMaladministration,
    Maladministration,
    ServiceFailure,
    /// <summary>The landlord had already put things right before the Ombudsman looked.</summary>
    ReasonableRedress,
    NoMaladministration,
    /// <summary>The Ombudsman decided the complaint was not one it could investigate.</summary>
    OutsideJurisdiction,
}

public static class OmbudsmanFindings
{
    /// <summary>A finding of failure by the landlord (severe maladministration, maladministration or service failure).</summary>
    public static bool IsAdverse(this OmbudsmanFinding finding) =>
        finding is OmbudsmanFinding.SevereMaladministration or OmbudsmanFinding.Maladministration or OmbudsmanFinding.ServiceFailure;

    public static string Describe(this OmbudsmanFinding finding) => finding switch
    {
        OmbudsmanFinding.SevereMaladministration => "severe maladministration",
        OmbudsmanFinding.Maladministration => "maladministration",
        OmbudsmanFinding.ServiceFailure => "service failure",
        OmbudsmanFinding.ReasonableRedress => "reasonable redress",
        OmbudsmanFinding.NoMaladministration => "no maladministration",
        OmbudsmanFinding.OutsideJurisdiction => "outside the Ombudsman's jurisdiction",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };
}
