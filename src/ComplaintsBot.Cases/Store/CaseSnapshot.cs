using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Store;

/// <summary>
/// The audit description of a case: its state, dated events and (where the policy is known) deadlines,
/// without the customer's personal data, so the append-only trail never has to be edited to erase a customer.
/// </summary>
public sealed record CaseSnapshot(
    string Reference,
    string Kind,
    string CategoryId,
    string Status,
    int? CurrentStage,
    int? OwnerId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ClosedAt,
    int Contacts,
    IReadOnlyList<CaseSnapshot.StageState> Stages,
    IReadOnlyList<CaseSnapshot.ExclusionState> Exclusions,
    int Version,
    IReadOnlyList<CaseSnapshot.DeadlineState>? Deadlines = null,
    IReadOnlyList<CaseSnapshot.RestrictionState>? ContactRestrictions = null,
    // Whether learning was recorded, not its words: free text may name the customer.
    bool? LearningRecorded = null,
    bool? ServiceImprovementRecorded = null,
    OmbudsmanFinding? OmbudsmanFinding = null,
    DateOnly? OmbudsmanDeterminedOn = null,
    // That the case is held, not why: the reason may name the claimant.
    bool? LegalHold = null,
    DateTimeOffset? AnonymisedAt = null,
    // Who ended the complaints process for unreasonable behaviour and under which role; the reasons are personal, so stay out.
    CaseSnapshot.EndingState? Ending = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static CaseSnapshot Of(Case @case, IEnumerable<CaseDeadline>? deadlines = null) => new(
        @case.Reference.ToString(),
        @case.Kind.ToString(),
        @case.CategoryId,
        @case.Status.ToString(),
        @case.CurrentStage,
        @case.OwnerId,
        @case.ReceivedAt,
        @case.ClosedAt,
        @case.Contacts.Count,
        [.. @case.Stages.OrderBy(s => s.Number).Select(s => new StageState(
            s.Number, s.OwnerId, s.OpenedAt, s.AcknowledgedAt, s.Response?.RespondedAt, s.Response?.Outcome,
            s.Response?.Compensation, s.EscalationRequestedAt,
            [.. s.Extensions.Select(x => new ExtensionState(x.Id, x.WorkingDays, x.CustomerAgreed, x.Decision, x.DecidedById))],
            s.CompensationApprovals.Count == 0 ? null
                : [.. s.CompensationApprovals.Select(a => new CompensationState(a.Id, a.RequestedById, a.Amount, a.ApproverRole, a.ApproverId, a.Decision, a.ApprovedAmount, a.DecidedById))],
            s.SignOffs.Count == 0 ? null
                : [.. s.SignOffs.Select(o => new SignOffState(o.Id, o.RequestedById, o.SignOffRole, o.Decision, o.DecidedById))],
            // Who asked for what and who decided; the customer's reasons and the decider's words stay out.
            s.LateEscalations.Count == 0 ? null
                : [.. s.LateEscalations.Select(r => new LateEscalationState(r.Id, r.RequestedById, r.AskedAt, r.NextOwnerId, r.DeciderRole, r.Decision, r.DecidedById))]))],
        [.. @case.ExclusionDecisions.Select(d => new ExclusionState(d.ExclusionId, d.Applies, d.Outcome, d.DecidedById))],
        @case.Version,
        deadlines is null ? null : [.. deadlines.Select(d => new DeadlineState(d.Name, d.Due, d.Provisional, d.MetAt))],
        // Who restricted the customer's contact and until when; the terms and the behaviour are personal, so stay out.
        @case.ContactRestrictions.Count == 0 ? null
            : [.. @case.ContactRestrictions.Select(r => new RestrictionState(r.Id, r.DecidedById, r.DeciderRole, r.ReviewBy, r.ReviewedById, r.LiftedAt))],
        @case.Learning is null ? null : true,
        @case.ServiceImprovement is null ? null : true,
        @case.OmbudsmanDetermination?.Finding,
        @case.OmbudsmanDetermination?.DeterminedOn,
        @case.LegalHold ? true : null,
        @case.AnonymisedAt,
        @case.Ending is { } ending ? new EndingState(ending.DecidedById, ending.DeciderRole, ending.EndedAt) : null);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public sealed record StageState(
        int Number, int? OwnerId, DateTimeOffset OpenedAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset? RespondedAt,
        StageOutcome? Outcome, decimal? Compensation, DateTimeOffset? EscalationRequestedAt, IReadOnlyList<ExtensionState> Extensions,
        IReadOnlyList<CompensationState>? CompensationApprovals = null, IReadOnlyList<SignOffState>? SignOffs = null,
        IReadOnlyList<LateEscalationState>? LateEscalations = null);

    public sealed record LateEscalationState(int Id, int RequestedById, DateTimeOffset AskedAt, int NextOwnerId, string DeciderRole, LateEscalationDecision Decision, int? DecidedById);

    public sealed record SignOffState(int Id, int RequestedById, string SignOffRole, SignOffDecision Decision, int? DecidedById);

    public sealed record ExtensionState(int Id, int WorkingDays, bool CustomerAgreed, ExtensionDecision Decision, int? DecidedById);

    public sealed record CompensationState(
        int Id, int RequestedById, decimal Amount, string? ApproverRole, int? ApproverId, CompensationDecision Decision, decimal? ApprovedAmount, int? DecidedById);

    public sealed record DeadlineState(string Name, DateTimeOffset Due, bool Provisional, DateTimeOffset? MetAt);

    public sealed record ExclusionState(string ExclusionId, bool Applies, ExclusionOutcome Outcome, int DecidedById);

    public sealed record EndingState(int DecidedById, string DeciderRole, DateTimeOffset EndedAt);

    public sealed record RestrictionState(int Id, int DecidedById, string DeciderRole, DateOnly ReviewBy, int? ReviewedById, DateTimeOffset? LiftedAt);
}
