namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// The tenure of the customer's home, as the Regulator of Social Housing's Tenant Satisfaction Measures split
/// them: low-cost rental accommodation (LCRA) and low-cost home ownership (LCHO) are reported separately.
/// </summary>
public enum CustomerTenure
{
    /// <summary>Not a low-cost rental or low-cost home ownership home, or not known (applicants, neighbours, outright owners).</summary>
    Other,
    /// <summary>Low-cost rental accommodation (LCRA): social, affordable and supported rent.</summary>
    LowCostRental,
    /// <summary>Low-cost home ownership (LCHO): shared ownership and similar part-buy schemes.</summary>
    LowCostHomeOwnership,
}

public static class CustomerTenures
{
    /// <summary>The tenure in words, with the abbreviation the Tenant Satisfaction Measures use.</summary>
    public static string Describe(this CustomerTenure tenure) => tenure switch
    {
        CustomerTenure.LowCostRental => "Low-cost rental (LCRA)",
        CustomerTenure.LowCostHomeOwnership => "Low-cost home ownership (LCHO)",
        _ => "Other or not recorded",
    };
}
