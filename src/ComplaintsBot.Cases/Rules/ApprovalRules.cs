using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Rules;

/// <summary>
/// Who approves what under a policy: extensions go to the requester's line manager or to the role the
/// policy names; compensation above a person's limit needs the role of the next threshold; a Stage 2
/// owner may have to differ from, and outrank, the Stage 1 owner. Nobody approves their own request.
/// </summary>
public static class ApprovalRules
{
    /// <summary>The approver name policies use for "the requester's line manager".</summary>
    public const string LineManager = "line-manager";

    /// <summary>Seniority under the policy: the most senior policy role held, or the directory's own figure if higher.</summary>
    public static int Seniority(Policy policy, StaffMember staff) =>
        Math.Max(staff.Seniority, policy.Roles.Where(r => staff.HasRole(r.Id)).Select(r => r.Seniority).DefaultIfEmpty(0).Max());

    public static string RoleName(Policy policy, string roleId) =>
        roleId == LineManager ? "the requester's line manager" : policy.Roles.FirstOrDefault(r => r.Id == roleId)?.Name ?? roleId;

    public static bool MayDecideExtension(Policy policy, int stage, StaffMember requester, StaffMember approver)
    {
        if (approver.Id == requester.Id) return false;
        var role = policy.Stage(stage).Extension.Approver;
        return requester.LineManagerId == approver.Id || (role != LineManager && approver.HasRole(role));
    }

    /// <summary>Everyone the policy lets decide the extension (line manager, the role it names): they all get the approval card.</summary>
    public static List<StaffMember> ExtensionApprovers(Policy policy, int stage, StaffMember requester, IEnumerable<StaffMember> staff) =>
        [.. staff.Where(s => MayDecideExtension(policy, stage, requester, s))];

    /// <summary>Who decides the extension: those the policy names, else the administrators as fallback deciders.</summary>
    public static Deciders ExtensionDeciders(Policy policy, int stage, StaffMember requester, IReadOnlyCollection<StaffMember> staff) =>
        Deciders.OrAdministrators(ExtensionApprovers(policy, stage, requester, staff), requester, staff);

    /// <summary>
    /// The roles that decide a discretionary exclusion or a late complaint: the decider the policy names for it, then
    /// the fallback it states (TCH 2: the Customer Experience Manager or a member of the leadership team; WCH 4.6.3 and
    /// HiS "Initial contact": the named manager, with the file's fallback for their absence). The age limit's own
    /// decider stands where the policy lists no exclusion of that id (<c>age-limit</c>). Empty only for an exclusion the
    /// policy no longer names and an age limit that names nobody.
    /// </summary>
    public static IReadOnlyList<string> ExclusionDeciders(Policy policy, string exclusionId)
    {
        var exclusion = policy.Exclusions.FirstOrDefault(e => e.Id == exclusionId);
        var (decider, fallback) = exclusion is { Decider: not null }
            ? (exclusion.Decider, exclusion.DeciderFallback)
            : (policy.AgeLimit.Decider, policy.AgeLimit.DeciderFallback);
        return [.. new[] { decider, fallback }.OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether this person may decide the exclusion: they hold the role the policy names for it or its fallback. Any
    /// manager may not (the decider is the policy's, not the organisation chart's). Where the policy names nobody
    /// (the exclusion has since left the file) a manager decides, as before the policy named deciders.
    /// </summary>
    public static bool MayDecideExclusion(Policy policy, string exclusionId, StaffMember staff)
    {
        var deciders = ExclusionDeciders(policy, exclusionId);
        return deciders.Count > 0 ? deciders.Any(staff.HasRole) : ManagerRoles.ActsOnAnyCase(staff);
    }

    /// <summary>The clause of the policy that names the decider ("TCH 2"), from its rule book; null if it cites none.</summary>
    public static string? ExclusionDeciderClause(Policy policy, string exclusionId) =>
        (policy.Exclusions.Any(e => e.Id == exclusionId && e.Decider is not null)
            ? policy.RuleBook.Find($"exclusions.{exclusionId}.decider")
            : policy.RuleBook.Find("age-limit.decider"))?.Citation.Clause;

    /// <summary>The deciders' names as the policy gives them: "Customer Experience Manager or Leadership team member".</summary>
    public static string ExclusionDeciderNames(Policy policy, string exclusionId) =>
        ExclusionDeciders(policy, exclusionId) is { Count: > 0 } roles ? string.Join(" or ", roles.Select(r => RoleName(policy, r))) : "a manager";

    /// <summary>
    /// The most this person may agree in compensation: null for no limit (a policy without thresholds, or "no limit").
    /// A threshold is agreed by the roles the policy names for it, and by anyone more senior than its approver; a
    /// role merely as senior is not named, so it agrees nothing (HiS, Compensation names the CFM, Service Lead and
    /// Director, not the team leader who deputises for the CFM on enquiries).
    /// </summary>
    public static decimal? CompensationLimit(Policy policy, StaffMember staff)
    {
        if (policy.Compensation.Count == 0) return null;
        var seniority = Seniority(policy, staff);
        var allowed = policy.Compensation
            .Where(t => staff.HasRole(t.Approver) || t.AlsoApprovedBy.Any(staff.HasRole)
                        || policy.Roles.Any(r => r.Id == t.Approver && r.Seniority < seniority))
            .ToList();
        if (allowed.Any(t => t.HasNoLimit)) return null;
        return allowed.Count == 0 ? 0m : allowed.Max(t => t.UpTo);
    }

    /// <summary>The role that may agree <paramref name="amount"/>, from the policy's thresholds.</summary>
    public static string? CompensationApprover(Policy policy, decimal amount) =>
        policy.Compensation.FirstOrDefault(t => amount <= t.UpTo)?.Approver ?? policy.Compensation.LastOrDefault()?.Approver;

    /// <summary>Whether this person may agree <paramref name="amount"/> in compensation by their own limit.</summary>
    public static bool MayAgreeCompensation(Policy policy, StaffMember staff, decimal amount) =>
        CompensationLimit(policy, staff) is not { } limit || amount <= limit;

    /// <summary>
    /// Who is asked to agree compensation above the requester's limit: their line manager when the manager's own
    /// limit covers it, else everyone holding the role the policy names for the amount (else anyone whose limit
    /// covers it, where nobody holds that role). Never the requester.
    /// </summary>
    public static List<StaffMember> CompensationApprovers(Policy policy, StaffMember requester, decimal amount, IReadOnlyCollection<StaffMember> staff)
    {
        var others = staff.Where(s => s.Id != requester.Id).ToList();
        if (others.FirstOrDefault(s => s.Id == requester.LineManagerId) is { } manager && MayAgreeCompensation(policy, manager, amount))
            return [manager];
        var role = CompensationApprover(policy, amount);
        var holders = others.Where(s => role is not null && s.HasRole(role) && MayAgreeCompensation(policy, s, amount)).ToList();
        return holders.Count > 0 ? holders : [.. others.Where(s => HoldsCompensationRole(policy, s) && MayAgreeCompensation(policy, s, amount))];
    }

    /// <summary>Who decides compensation above the requester's limit: those the policy names, else the administrators as fallback deciders.</summary>
    public static Deciders CompensationDeciders(Policy policy, StaffMember requester, decimal amount, IReadOnlyCollection<StaffMember> staff) =>
        Deciders.OrAdministrators(CompensationApprovers(policy, requester, amount, staff), requester, staff);

    /// <summary>
    /// Who decides a discretionary exclusion: the holders of the role the policy names, then of its fallback, else the
    /// administrators as fallback deciders. Where the policy names nobody, any manager, as <see cref="MayDecideExclusion"/>.
    /// </summary>
    public static Deciders ExclusionDeciderPeople(Policy policy, string exclusionId, StaffMember? loggedBy, IReadOnlyCollection<StaffMember> staff)
    {
        var roles = ExclusionDeciders(policy, exclusionId);
        List<StaffMember> named = roles.Count == 0
            ? [.. staff.Where(s => ManagerRoles.ActsOnAnyCase(s) && s.Id != loggedBy?.Id)]
            : [.. staff.Where(s => roles.Any(s.HasRole))];
        return Deciders.OrAdministrators(named, loggedBy, staff);
    }

    /// <summary>Whether the person holds, or outranks, a role the policy's compensation thresholds name (any limit above nothing).</summary>
    public static bool HoldsCompensationRole(Policy policy, StaffMember staff) => CompensationLimit(policy, staff) is not 0m;

    /// <summary>
    /// The role that must sign off a response written by <paramref name="writer"/> before it is recorded as sent (TCH 8.1:
    /// the Customer Experience Manager approves Stage 1 responses; whg Appendix 1: a Director of Service signs off Stage
    /// 2), or null when the policy names none for the stage or the writer holds that role themselves.
    /// </summary>
    public static string? SignOffNeeded(Policy policy, int stage, StaffMember writer) =>
        policy.Stage(stage).SignOffRole is { } role && !writer.HasRole(role) ? role : null;

    /// <summary>Who signs off the response: the holders of the role the policy names, else the administrators as fallback deciders.</summary>
    public static Deciders SignOffDeciders(string role, StaffMember writer, IReadOnlyCollection<StaffMember> staff) =>
        Deciders.OrAdministrators([.. staff.Where(s => s.HasRole(role) && s.Id != writer.Id)], writer, staff);

    /// <summary>
    /// The role that decides a late request for the next stage where the escalation window is only asked for (TCH 9.1)
    /// or reserved (WCH 5.3.2): the policy's escalation-window decider, else its fallback when nobody holds the first
    /// role (the fallback the policy file states). Null where the window is absolute, or the policy names nobody.
    /// </summary>
    public static string? LateEscalationRole(Policy policy, IReadOnlyCollection<StaffMember> staff)
    {
        if (policy.EscalationWindow is not { Binding: not EscalationWindowBinding.Absolute } rules) return null;
        if (rules.Decider is { } first && (staff.Any(s => s.HasRole(first)) || rules.DeciderFallback is null)) return first;
        return rules.DeciderFallback ?? rules.Decider;
    }

    /// <summary>
    /// Who decides a late request for the next stage: the holders of the role <see cref="LateEscalationRole"/> gives,
    /// else the administrators as fallback deciders. Never any manager, and never the person who recorded it.
    /// </summary>
    public static Deciders LateEscalationDeciders(Policy policy, StaffMember? requester, IReadOnlyCollection<StaffMember> staff) =>
        Deciders.OrAdministrators(
            LateEscalationRole(policy, staff) is { } role ? [.. staff.Where(s => s.HasRole(role) && s.Id != requester?.Id)] : [],
            requester, staff);

    /// <summary>The clause the policy cites for the late-request decider ("TCH 8.1 ...", "WCH 5.3.2"), or the window's own.</summary>
    public static string? LateEscalationClause(Policy policy) =>
        (policy.RuleBook.Find("escalation-window.binding") ?? policy.RuleBook.Find("escalation-window"))?.Citation.Clause;

    /// <summary>Why <paramref name="candidate"/> may not own the stage, or null when they may.</summary>
    public static string? WhyNotStageOwner(Policy policy, int stage, Case @case, StaffMember candidate, StaffMember? previousOwner)
    {
        var rules = policy.Stage(stage);
        if (rules.OwnerRoles.Count > 0 && !rules.OwnerRoles.Any(candidate.HasRole))
            return $"{candidate.DisplayName} does not hold a role that may own {rules.Name} ({string.Join(", ", rules.OwnerRoles.Select(r => RoleName(policy, r)))}).";
        if (previousOwner is null) return null;
        if (rules.ReviewerMustDifferFromPreviousStage && candidate.Id == previousOwner.Id)
            return $"{candidate.DisplayName} handled the previous stage of {@case.Reference}; {rules.Name} needs someone else.";
        if (rules.ReviewerMustBeMoreSenior && Seniority(policy, candidate) <= Seniority(policy, previousOwner))
            return $"{rules.Name} must be owned by someone more senior than {previousOwner.DisplayName}, who handled the previous stage.";
        return null;
    }
}
