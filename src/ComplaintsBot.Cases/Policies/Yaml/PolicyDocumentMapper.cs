using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>
/// Validates a merged <see cref="PolicyDocument"/> and maps it to the domain <see cref="Policy"/>.
/// Every problem is a <see cref="PolicyLoadException"/> naming the file and the field path.
/// </summary>
internal sealed partial class PolicyDocumentMapper(string file)
{
    private static readonly IReadOnlyDictionary<string, ContactKind> Kinds = new Dictionary<string, ContactKind>
    {
        ["service-request"] = ContactKind.ServiceRequest,
        ["feedback"] = ContactKind.Feedback,
        ["complaint"] = ContactKind.Complaint,
        ["compliment"] = ContactKind.Compliment,
    };

    // Which events each stage's deadlines may run from: a stage cannot wait on a later stage.
    private static readonly CaseEvent[] Stage1Events = [CaseEvent.Received, CaseEvent.Stage1Acknowledged];
    private static readonly CaseEvent[] Stage2Events = [CaseEvent.Stage1Response, CaseEvent.EscalationRequested, CaseEvent.Stage2Acknowledged];

    private HashSet<string> _roleIds = [];

    public Policy Map(PolicyDocument doc)
    {
        var id = Required(doc.Id, "id");
        var expectedId = Path.GetFileNameWithoutExtension(file);
        if (id != expectedId)
            throw Fail("id", $"id '{id}' does not match the file name; a file named '{file}' must say 'id: {expectedId}'.");
        RequireKebab(id, "id");

        var roles = MapRoles(doc.Roles);
        _roleIds = roles.Select(r => r.Id).ToHashSet();
        var categories = MapCategories(doc.Categories);

        return new Policy
        {
            Id = id,
            Name = Required(doc.Name, "name"),
            Landlord = Required(doc.Landlord, "landlord"),
            Extends = doc.Extends,
            Source = Required(doc.Source, "source"),
            ReferencePrefix = ReferencePrefix(doc.ReferencePrefix),
            Roles = roles,
            Categories = categories,
            Exclusions = MapExclusions(doc.Exclusions),
            AgeLimit = MapAgeLimit(doc.AgeLimit),
            QuickResolution = MapQuickResolution(doc.QuickResolution, categories),
            Stages = MapStages(doc.Stages),
            EscalationWindow = MapEscalationWindow(doc.EscalationWindow),
            Compensation = MapCompensation(doc.Compensation),
            UnreasonableBehaviour = MapUnreasonableBehaviour(doc.UnreasonableBehaviour),
            Reminders = new Reminders
            {
                WarningWindow = ParseTimescale(Required(doc.Reminders?.WarningWindow, "reminders.warning-window"),
                    "reminders.warning-window", TimeUnit.WorkingDays, TimeUnit.Hours),
            },
            Signposting = MapSignposting(doc.Signposting),
            Classification = MapClassification(doc.Classification),
            AsksTenure = doc.AskTenure ?? false,
            Notes = doc.Notes ?? [],
        };
    }

    private ClassificationRules MapClassification(ClassificationDocument? doc)
    {
        var concerns = doc?.ConcernsMakeAComplaint ?? [];
        foreach (var (concern, i) in concerns.Select((c, i) => (c, i)))
            if (!ClassificationRules.KnownConcerns.Contains(concern))
                throw Fail($"classification.concerns-make-a-complaint[{i}]", $"'{concern}' is not a concern; use {string.Join(" or ", ClassificationRules.KnownConcerns)}.");
        return new ClassificationRules
        {
            ConcernsMakeAComplaint = concerns.Distinct().ToList(),
            ThanksIsNotACompliment = doc?.ThanksIsNotACompliment ?? false,
            DeclinedComplaint = doc?.DeclinedComplaint switch
            {
                null or "feedback" => DeclinedComplaint.Feedback,
                "service-request" => DeclinedComplaint.ServiceRequest,
                var other => throw Fail("classification.declined-complaint", $"'{other}' is not a reading; use feedback or service-request."),
            },
        };
    }

    private string ReferencePrefix(string? value)
    {
        var prefix = Required(value, "reference-prefix");
        return ReferencePrefixPattern().IsMatch(prefix)
            ? prefix
            : throw Fail("reference-prefix", $"'{prefix}' is not a reference prefix; use 2 to 6 capital letters, as in WCH.");
    }

    private List<PolicyRole> MapRoles(List<RoleDocument>? roles)
    {
        var result = new List<PolicyRole>();
        foreach (var (role, i) in (roles ?? []).Select((r, i) => (r, i)))
        {
            var path = $"roles[{i}]";
            var id = Required(role.Id, $"{path}.id");
            RequireKebab(id, $"{path}.id");
            if (result.Any(r => r.Id == id)) throw Fail($"{path}.id", $"duplicate role id '{id}'.");
            var seniority = role.Seniority ?? throw Fail($"{path}.seniority", "missing required field.");
            if (seniority < 1) throw Fail($"{path}.seniority", $"seniority must be 1 or more (higher is more senior), not {seniority}.");
            result.Add(new PolicyRole { Id = id, Name = Required(role.Name, $"{path}.name"), Seniority = seniority });
        }
        return result;
    }

    private List<ContactCategory> MapCategories(List<CategoryDocument>? categories)
    {
        if (categories is null || categories.Count == 0) throw Fail("categories", "missing required field: list at least one contact category.");
        var result = new List<ContactCategory>();
        foreach (var (category, i) in categories.Select((c, i) => (c, i)))
        {
            var path = $"categories[{i}]";
            var id = Required(category.Id, $"{path}.id");
            RequireKebab(id, $"{path}.id");
            if (result.Any(c => c.Id == id)) throw Fail($"{path}.id", $"duplicate category id '{id}'.");
            var kindName = Required(category.Kind, $"{path}.kind");
            if (!Kinds.TryGetValue(kindName, out var kind))
                throw Fail($"{path}.kind", $"unknown kind '{kindName}'; expected one of: {string.Join(", ", Kinds.Keys)}.");
            result.Add(new ContactCategory
            {
                Id = id,
                Kind = kind,
                Name = Required(category.Name, $"{path}.name"),
                Definition = Required(category.Definition, $"{path}.definition"),
                Examples = category.Examples ?? [],
                Guidance = category.Guidance,
                PutsThingsRight = category.PutsThingsRight ?? false,
            });
        }
        if (!result.Any(c => c.Kind == ContactKind.Complaint))
            throw Fail("categories", "no category has kind 'complaint'; a policy needs one.");
        return result;
    }

    private List<Exclusion> MapExclusions(List<ExclusionDocument>? exclusions)
    {
        var result = new List<Exclusion>();
        foreach (var (exclusion, i) in (exclusions ?? []).Select((e, i) => (e, i)))
        {
            var path = $"exclusions[{i}]";
            var id = Required(exclusion.Id, $"{path}.id");
            RequireKebab(id, $"{path}.id");
            if (result.Any(e => e.Id == id)) throw Fail($"{path}.id", $"duplicate exclusion id '{id}'.");
            if (exclusion.CodeBasis is { } basis && !CodeExclusions.All.Contains(basis))
                throw Fail($"{path}.code-basis", $"unknown code-basis '{basis}'; the Code accepts: {string.Join(", ", CodeExclusions.All)}.");
            result.Add(new Exclusion
            {
                Id = id,
                Question = Required(exclusion.Question, $"{path}.question"),
                Explanation = Required(exclusion.Explanation, $"{path}.explanation"),
                Discretionary = exclusion.Discretionary ?? throw Fail($"{path}.discretionary", "missing required field (true or false)."),
                Exceptions = exclusion.Exceptions ?? [],
                CodeBasis = exclusion.CodeBasis,
                WiderThanCodeBasis = exclusion.WiderThanCodeBasis is null ? null
                    : exclusion.CodeBasis is null
                        ? throw Fail($"{path}.wider-than-code-basis", "only an exclusion with a code-basis can be wider than it.")
                        : exclusion.WiderThanCodeBasis.Trim(),
                Decider = Decider(exclusion.Discretionary ?? false, exclusion.Decider, path),
                DeciderFallback = exclusion.DeciderFallback is null ? null : RoleId(exclusion.DeciderFallback, $"{path}.decider-fallback"),
            });
        }
        return result;
    }

    // Staff are asked whether an exception applies in the policy's words: each one they can be asked about needs its
    // display text (safeguarding and health-and-safety are concerns the dialog asks about on their own).
    private Dictionary<string, string> ExceptionNames(AgeLimitDocument ageLimit)
    {
        var names = new Dictionary<string, string>(ageLimit.ExceptionNames ?? [], StringComparer.Ordinal);
        foreach (var id in ageLimit.Exceptions ?? [])
        {
            if (id is Rules.Concerns.Safeguarding or Rules.Concerns.HealthAndSafety) continue;
            if (!names.TryGetValue(id, out var name) || string.IsNullOrWhiteSpace(name))
                throw Fail($"age-limit.exception-names.{id}", "missing: the words staff are asked about this exception in (the policy's own).");
        }
        return names;
    }

    private AgeLimit MapAgeLimit(AgeLimitDocument? ageLimit)
    {
        if (ageLimit is null) throw Fail("age-limit", "missing required field.");
        return new AgeLimit
        {
            Limit = OptionalTimescale(ageLimit.Limit, "age-limit.limit", TimeUnit.Months, TimeUnit.CalendarDays),
            Discretionary = ageLimit.Discretionary ?? throw Fail("age-limit.discretionary", "missing required field (true or false)."),
            Exceptions = ageLimit.Exceptions ?? [],
            ExceptionNames = ExceptionNames(ageLimit),
            Explanation = Required(ageLimit.Explanation, "age-limit.explanation"),
            CountsFrom = ageLimit.CountsFrom switch
            {
                "issue" => AgeLimitBasis.Issue,
                "awareness" => AgeLimitBasis.Awareness,
                "issue-or-awareness" => AgeLimitBasis.IssueOrAwareness,
                null => throw Fail("age-limit.counts-from", "missing required field (issue, awareness or issue-or-awareness)."),
                var other => throw Fail("age-limit.counts-from", $"'{other}' is not issue, awareness or issue-or-awareness."),
            },
            Decider = Decider(ageLimit.Discretionary ?? false, ageLimit.Decider, "age-limit"),
            DeciderFallback = ageLimit.DeciderFallback is null ? null : RoleId(ageLimit.DeciderFallback, "age-limit.decider-fallback"),
            // Good reasons for a decider need a decider to weigh them.
            ExceptionsGoToDecider = ageLimit.ExceptionsGoToDecider is true && ageLimit.Discretionary is not true
                ? throw Fail("age-limit.exceptions-go-to-decider", "only a discretionary age limit has a decider to weigh its exceptions.")
                : ageLimit.ExceptionsGoToDecider ?? false,
        };
    }

    // Discretion needs someone to exercise it: a discretionary rule names its decider. An absolute one has none
    // (a decider inherited from the Code's discretionary rule is not used).
    private string? Decider(bool discretionary, string? decider, string path) =>
        discretionary
            ? RoleId(decider ?? throw Fail($"{path}.decider", "a discretionary rule names the role that decides."), $"{path}.decider")
            : null;

    private QuickResolution? MapQuickResolution(QuickResolutionDocument? quick, List<ContactCategory> categories)
    {
        if (quick is null) return null;
        var categoryId = Required(quick.Category, "quick-resolution.category");
        if (categories.All(c => c.Id != categoryId))
            throw Fail("quick-resolution.category",
                $"quick-resolution points at unknown category '{categoryId}'; categories are: {string.Join(", ", categories.Select(c => c.Id))}.");
        return new QuickResolution
        {
            CategoryId = categoryId,
            RespondWithin = OptionalTimescale(quick.RespondWithin, "quick-resolution.respond-within",
                TimeUnit.WorkingDays, TimeUnit.CalendarDays, TimeUnit.Hours),
            From = quick.From is null ? CaseEvent.Received : Event(quick.From, "quick-resolution.from", Stage1Events),
            NewIssuesOnly = quick.NewIssuesOnly ?? false,
        };
    }

    private List<StageRules> MapStages(StagesDocument? stages)
    {
        if (stages?.Stage1 is null) throw Fail("stages.stage1", "missing required field.");
        var result = new List<StageRules> { MapStage(1, stages.Stage1, Stage1Events, CaseEvent.Stage1Acknowledged) };
        if (stages.Stage2 is not null)
            result.Add(MapStage(2, stages.Stage2, Stage2Events, CaseEvent.Stage2Acknowledged));
        return result;
    }

    private StageRules MapStage(int number, StageDocument stage, CaseEvent[] events, CaseEvent acknowledged)
    {
        var path = $"stages.stage{number}";
        var acknowledge = OptionalDeadline(stage.Acknowledge, $"{path}.acknowledge", events);
        if (acknowledge?.From == acknowledged)
            throw Fail($"{path}.acknowledge.from", $"the acknowledgement cannot run from '{CaseEventNames.NameOf(acknowledged)}', its own event.");
        var extension = stage.Extension ?? throw Fail($"{path}.extension", "missing required field.");
        if (extension.MaxWithAgreement is not null && extension.CustomerMustAgreeAbove is null)
            throw Fail($"{path}.extension.max-with-agreement", "only applies with customer-must-agree-above (the length beyond which the customer must agree).");
        return new StageRules
        {
            Number = number,
            Name = Required(stage.Name, $"{path}.name"),
            Acknowledge = acknowledge,
            Respond = OptionalDeadline(stage.Respond, $"{path}.respond", events) ?? throw Fail($"{path}.respond", "missing required field."),
            ContactCustomer = OptionalDeadline(stage.ContactCustomer, $"{path}.contact-customer", events),
            Extension = new ExtensionRules
            {
                Max = OptionalTimescale(extension.Max, $"{path}.extension.max", TimeUnit.WorkingDays, TimeUnit.CalendarDays),
                Approver = RoleId(extension.Approver, $"{path}.extension.approver"),
                CustomerMustAgree = extension.CustomerMustAgree
                    ?? throw Fail($"{path}.extension.customer-must-agree", "missing required field (true or false)."),
                ByAgreement = extension.ByAgreement ?? false,
                CustomerMustAgreeAbove = OptionalTimescale(extension.CustomerMustAgreeAbove, $"{path}.extension.customer-must-agree-above", TimeUnit.WorkingDays),
                MaxWithAgreement = extension.MaxWithAgreement is null or "no set length"
                    ? null
                    : OptionalTimescale(extension.MaxWithAgreement, $"{path}.extension.max-with-agreement", TimeUnit.WorkingDays),
                OmbudsmanDetails = extension.OmbudsmanDetails switch
                {
                    "with-every-extension" => OmbudsmanDetailsOnExtension.WithEveryExtension,
                    "when-not-agreed" => OmbudsmanDetailsOnExtension.WhenNotAgreed,
                    "not-given" => OmbudsmanDetailsOnExtension.NotGiven,
                    null => throw Fail($"{path}.extension.ombudsman-details", "missing required field (with-every-extension, when-not-agreed or not-given)."),
                    var other => throw Fail($"{path}.extension.ombudsman-details", $"'{other}' is not with-every-extension, when-not-agreed or not-given."),
                },
            },
            OwnerRoles = (stage.OwnerRoles ?? []).Select((r, i) => RoleId(r, $"{path}.owner-roles[{i}]")).ToList(),
            SignOffRole = stage.SignOffRole is null ? null : RoleId(stage.SignOffRole, $"{path}.sign-off-role"),
            ReviewerMustDifferFromPreviousStage = stage.ReviewerMustDiffer ?? false,
            ReviewerMustBeMoreSenior = stage.ReviewerMoreSenior ?? false,
            Grounds = (stage.RefusalGrounds ?? []).Select((g, i) => RefusalGround(g, $"{path}.refusal-grounds[{i}]")).ToList(),
            RequiresReasons = stage.RequiresReasons ?? false,
            EscalateWhenOverdue = stage.EscalateWhenOverdue ?? false,
        };
    }

    private RefusalGround RefusalGround(RefusalGroundDocument ground, string path)
    {
        var basis = ground.CodeBasis;
        if (basis is not null && basis != Policies.RefusalGround.EscalationWindow && !CodeExclusions.All.Contains(basis))
            throw Fail($"{path}.code-basis",
                $"unknown code-basis '{basis}'; use {string.Join(", ", CodeExclusions.All)} or {Policies.RefusalGround.EscalationWindow}.");
        return new RefusalGround(Required(ground.Ground, $"{path}.ground"), basis);
    }

    private Deadline? OptionalDeadline(DeadlineDocument? deadline, string path, CaseEvent[] events)
    {
        if (deadline is null) return null;
        return new Deadline
        {
            Within = ParseTimescale(Required(deadline.Within, $"{path}.within"), $"{path}.within",
                TimeUnit.WorkingDays, TimeUnit.CalendarDays, TimeUnit.Hours),
            From = Event(Required(deadline.From, $"{path}.from"), $"{path}.from", events),
            Note = deadline.Note,
            OtherReading = OptionalTimescale(deadline.OtherReading, $"{path}.other-reading",
                TimeUnit.WorkingDays, TimeUnit.CalendarDays, TimeUnit.Hours),
        };
    }

    private EscalationWindow? MapEscalationWindow(EscalationWindowDocument? window)
    {
        if (window is null) return null;
        var binding = window.Binding switch
        {
            null or "absolute" => EscalationWindowBinding.Absolute,
            "reserved" => EscalationWindowBinding.Reserved,
            "asked" => EscalationWindowBinding.Asked,
            var other => throw Fail("escalation-window.binding", $"'{other}' is not absolute, reserved or asked."),
        };
        return new EscalationWindow
        {
            Within = ParseTimescale(Required(window.Within, "escalation-window.within"), "escalation-window.within",
                TimeUnit.WorkingDays, TimeUnit.CalendarDays),
            From = window.From is null ? CaseEvent.Stage1Response : Event(window.From, "escalation-window.from", [CaseEvent.Stage1Response]),
            ExtensionOnRequest = OptionalTimescale(window.ExtensionOnRequest, "escalation-window.extension-on-request",
                TimeUnit.WorkingDays, TimeUnit.CalendarDays),
            Binding = binding,
            Decider = binding == EscalationWindowBinding.Absolute ? null
                : RoleId(window.Decider ?? throw Fail("escalation-window.decider", "a window that is not absolute names the role that may accept a late request."),
                    "escalation-window.decider"),
            DeciderFallback = binding == EscalationWindowBinding.Absolute || window.DeciderFallback is null ? null
                : RoleId(window.DeciderFallback, "escalation-window.decider-fallback"),
        };
    }

    private UnreasonableBehaviour? MapUnreasonableBehaviour(UnreasonableBehaviourDocument? doc)
    {
        if (doc is null) return null;
        var measures = new List<UnreasonableBehaviourMeasure>();
        foreach (var (text, i) in (doc.May ?? []).Select((m, i) => (m, i)))
            measures.Add(text switch
            {
                "restrict-contact" => UnreasonableBehaviourMeasure.RestrictContact,
                "refuse-escalation" => UnreasonableBehaviourMeasure.RefuseEscalation,
                "end-complaint" => UnreasonableBehaviourMeasure.EndComplaint,
                "refuse-complaint" => UnreasonableBehaviourMeasure.RefuseComplaint,
                _ => throw Fail($"unreasonable-behaviour.may[{i}]",
                    $"'{text}' is not a measure; use restrict-contact, refuse-escalation, end-complaint or refuse-complaint."),
            });
        return new UnreasonableBehaviour
        {
            HandledUnder = Required(doc.HandledUnder, "unreasonable-behaviour.handled-under"),
            May = measures,
            Decider = RoleId(doc.Decider, "unreasonable-behaviour.decider"),
            Guidance = doc.Guidance,
        };
    }

    private List<CompensationThreshold> MapCompensation(List<CompensationDocument>? thresholds)
    {
        var result = new List<CompensationThreshold>();
        foreach (var (threshold, i) in (thresholds ?? []).Select((t, i) => (t, i)))
        {
            var path = $"compensation[{i}]";
            var text = Required(threshold.UpTo, $"{path}.up-to");
            decimal upTo;
            if (text == "no limit") upTo = decimal.MaxValue;
            else if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out upTo) || upTo <= 0)
                throw Fail($"{path}.up-to", $"'{text}' is not an amount; write pounds as in 999.99, or 'no limit'.");
            if (result.Count > 0 && upTo <= result[^1].UpTo)
                throw Fail($"{path}.up-to", "thresholds must go up: each up-to must be more than the one before.");
            result.Add(new CompensationThreshold
            {
                UpTo = upTo,
                Approver = RoleId(threshold.Approver, $"{path}.approver"),
                AlsoApprovedBy = [.. (threshold.AlsoApprovedBy ?? []).Select((r, j) => RoleId(r, $"{path}.also-approved-by[{j}]"))],
                Note = threshold.Note,
            });
        }
        return result;
    }

    private Signposting MapSignposting(SignpostingDocument? signposting)
    {
        var contact = signposting?.Contact;
        return new Signposting
        {
            Ombudsman = Required(signposting?.Ombudsman, "signposting.ombudsman"),
            Contact = contact is null ? null : new OmbudsmanContact
            {
                Name = Required(contact.Name, "signposting.contact.name"),
                Address = contact.Address,
                Phone = contact.Phone,
                Email = contact.Email,
                Website = contact.Website,
            },
            Other = signposting?.Other,
        };
    }

    private string RoleId(string? value, string path)
    {
        var id = Required(value, path);
        return _roleIds.Contains(id)
            ? id
            : throw Fail(path, $"unknown role '{id}'; roles are: {(_roleIds.Count == 0 ? "(none)" : string.Join(", ", _roleIds))}.");
    }

    private CaseEvent Event(string value, string path, CaseEvent[] allowed)
    {
        if (!CaseEventNames.TryParse(value, out var caseEvent))
            throw Fail(path, $"unknown event '{value}'; expected one of: {string.Join(", ", CaseEventNames.All)}.");
        return allowed.Contains(caseEvent)
            ? caseEvent
            : throw Fail(path, $"event '{value}' cannot start this timescale; here it may run from: {string.Join(", ", allowed.Select(CaseEventNames.NameOf))}.");
    }

    private Timescale? OptionalTimescale(string? value, string path, params TimeUnit[] units) =>
        value is null or "none" ? null : ParseTimescale(value, path, units);

    private Timescale ParseTimescale(string value, string path, params TimeUnit[] units)
    {
        if (!Cases.Time.Timescale.TryParse(value, out var timescale))
            throw Fail(path, $"'{value}' is not a timescale; write it like '10 working days', '28 days', '24 hours' or '6 months'.");
        return units.Contains(timescale.Unit)
            ? timescale
            : throw Fail(path, $"'{value}' is in {UnitName(timescale.Unit)}, which this field does not take; use {string.Join(" or ", units.Select(UnitName))}.");
    }

    private static string UnitName(TimeUnit unit) => unit switch
    {
        TimeUnit.WorkingDays => "working days",
        TimeUnit.CalendarDays => "days",
        TimeUnit.Hours => "hours",
        _ => "months",
    };

    private string Required(string? value, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw Fail(path, "missing required field.") : value.Trim();

    public static bool IsKebab(string value) => KebabPattern().IsMatch(value);

    private void RequireKebab(string value, string path)
    {
        if (!IsKebab(value))
            throw Fail(path, $"'{value}' is not a kebab-case id (lower-case letters, digits and hyphens, as in issue-too-old).");
    }

    private PolicyLoadException Fail(string path, string problem) => new(file, path, problem);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();

    [GeneratedRegex("^[A-Z]{2,6}$")]
    private static partial Regex ReferencePrefixPattern();
}
