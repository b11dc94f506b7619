namespace ComplaintsBot.Reports;

/// <summary>
/// The same theme raised more than once in the period for one property (tenancy reference) or one named customer.
/// </summary>
/// <param name="Basis">"property" or "customer".</param>
/// <param name="Subject">The tenancy reference, or the customer's name.</param>
/// <param name="References">The cases, oldest first, separated by spaces.</param>
public sealed record RepeatThemeRow(string Theme, string Basis, string Subject, int Count, string References);
