namespace ComplaintsBot.Cases.Domain;

/// <summary>The person the case is about. Anonymous contacts carry no name.</summary>
public sealed record Customer
{
    public Customer(string? name, bool isAnonymous, string? tenancyReference, CustomerRelationship relationship)
    {
        if (isAnonymous && !string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("An anonymous customer has no name; leave the name empty or clear the anonymous flag.", nameof(name));
        if (!isAnonymous && string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("A customer needs a name unless they are anonymous.", nameof(name));
        Name = isAnonymous ? null : name!.Trim();
        IsAnonymous = isAnonymous;
        TenancyReference = string.IsNullOrWhiteSpace(tenancyReference) ? null : tenancyReference.Trim();
        Relationship = relationship;
    }

    public static Customer Named(string name, CustomerRelationship relationship, string? tenancyReference = null) =>
        new(name, isAnonymous: false, tenancyReference, relationship);

    public static Customer Anonymous(CustomerRelationship relationship = CustomerRelationship.Other, string? tenancyReference = null) =>
        new(null, isAnonymous: true, tenancyReference, relationship);

    public string? Name { get; private init; }
    public bool IsAnonymous { get; private init; }
    /// <summary>Tenancy or account reference.</summary>
    public string? TenancyReference { get; private init; }
    public CustomerRelationship Relationship { get; private init; }
    /// <summary>The tenure of their home, for the Tenant Satisfaction Measures split by LCRA and LCHO.</summary>
    public CustomerTenure Tenure { get; init; } = CustomerTenure.Other;
}
