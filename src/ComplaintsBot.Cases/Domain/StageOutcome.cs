namespace ComplaintsBot.Cases.Domain;

/// <summary>The landlord's finding on a complaint stage.</summary>
public enum StageOutcome
{
    Upheld,
    PartlyUpheld,
    NotUpheld,
}
