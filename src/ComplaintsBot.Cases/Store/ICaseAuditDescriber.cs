using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// Writes the state of a case recorded before and after each change in the audit trail, as JSON.
/// Replace the registration to add derived facts such as deadlines.
/// </summary>
public interface ICaseAuditDescriber
{
    string Describe(Case @case);
}
