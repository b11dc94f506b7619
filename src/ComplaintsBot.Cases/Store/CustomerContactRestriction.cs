using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Store;

/// <summary>A restriction in force on a customer's contact, with the case it was decided on.</summary>
public sealed record CustomerContactRestriction(int CaseId, CaseReference Reference, ContactRestriction Restriction);
