namespace ComplaintsBot.Cases.Domain;

/// <summary>Who acts for the customer.</summary>
public enum RepresentativeKind
{
    MemberOfParliament,
    Councillor,
    Advocate,
    Relative,
    Other,
}
