namespace ComplaintsBot.Cases.Domain;

/// <summary>What the customer is to the landlord.</summary>
public enum CustomerRelationship
{
    Tenant,
    Leaseholder,
    Applicant,
    Other,
}
