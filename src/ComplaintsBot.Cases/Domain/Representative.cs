namespace ComplaintsBot.Cases.Domain;

/// <summary>Someone acting for the customer, such as their MP; the landlord records the customer's consent.</summary>
public sealed record Representative
{
    public Representative(string name, RepresentativeKind kind, bool consentRecorded)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A representative needs a name.", nameof(name));
        Name = name.Trim();
        Kind = kind;
        ConsentRecorded = consentRecorded;
    }

    public string Name { get; private init; }
    public RepresentativeKind Kind { get; private init; }
    public bool ConsentRecorded { get; private init; }
}
