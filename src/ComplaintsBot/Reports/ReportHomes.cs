using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Reports;

/// <summary>
/// The homes CH01 is counted against: all of them, and those of each tenure the Regulator reports separately
/// (low-cost rental, low-cost home ownership). Each unset leaves its CH01 with counts but no rate.
/// </summary>
public sealed record ReportHomes(int? Total, int? LowCostRental = null, int? LowCostHomeOwnership = null)
{
    public static readonly ReportHomes None = new((int?)null);

    /// <summary>The homes of one tenure; "other" homes are never counted, so they have no rate.</summary>
    public int? Of(CustomerTenure tenure) => tenure switch
    {
        CustomerTenure.LowCostRental => LowCostRental,
        CustomerTenure.LowCostHomeOwnership => LowCostHomeOwnership,
        _ => null,
    };
}
