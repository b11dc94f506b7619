using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Store;

/// <summary>Describes a case by its <see cref="CaseSnapshot"/>.</summary>
public sealed class CaseSnapshotDescriber : ICaseAuditDescriber
{
    public string Describe(Case @case) => CaseSnapshot.Of(@case).ToJson();
}
