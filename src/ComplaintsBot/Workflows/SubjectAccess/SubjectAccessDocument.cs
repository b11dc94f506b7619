using System.Globalization;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>
/// What the store holds about one customer, case by case, as the lines of the subject access document. Lines that
/// hold other people's personal data, or may, carry the reason to review them before release (UK GDPR Article 15(4);
/// Data Protection Act 2018 Schedule 2 paragraph 16): every piece of free text (staff write what neighbours, relatives
/// and colleagues said), the representative's name, and staff names. docs/records.md says what is marked and why.
/// </summary>
public static class SubjectAccessDocument
{
    public const string FreeTextReview = "free text: check it for other people's personal data before release";
    public const string StaffReview = "staff name: release or redact as the landlord's policy on staff names says";
    public const string RepresentativeReview = "a third party: the person acting for the customer";
    public const string RepresentedCustomerReview = "another person: the customer they acted for, whose case this is";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="asRepresentative">
    /// Cases where the person acted for another customer. Each is headed "as representative"; their own part (that they
    /// acted, how) is not marked, and every other line is, since the case is the other customer's record: its facts
    /// with <see cref="RepresentedCustomerReview"/>, free text and staff names as in their own cases.
    /// </param>
    public static List<SubjectAccessBlock> Compose(
        SubjectAccessRequest request, string customer, IReadOnlyList<Case> cases, IReadOnlyDictionary<int, string> staffNames, ThirdPartyNames others,
        IReadOnlyList<Case>? asRepresentative = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        asRepresentative ??= [];
        var blocks = new List<SubjectAccessBlock>();
        // Set while writing a case where the person acted for someone else: its facts are that customer's.
        var representing = false;
        void Heading(string text) => blocks.Add(new(SubjectAccessBlockKind.Heading, text));
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                blocks.Add(new(SubjectAccessBlockKind.Paragraph, $"{label}: {value}", representing ? RepresentedCustomerReview : null));
        }
        void FreeText(string label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var named = others.Named(value);
            blocks.Add(new(SubjectAccessBlockKind.Paragraph, $"{label}: {value}", named is null ? FreeTextReview : $"{FreeTextReview}; it names {named}"));
        }
        void Staff(string label, int? staffId)
        {
            if (staffId is { } id && staffNames.TryGetValue(id, out var name))
                blocks.Add(new(SubjectAccessBlockKind.Paragraph, $"{label}: {name}", StaffReview));
        }

        blocks.Add(new(SubjectAccessBlockKind.Title, $"Subject access request: {customer}"));
        Heading("The request");
        Line("Records of", string.Equals(customer, request.Customer, StringComparison.OrdinalIgnoreCase) ? customer : $"{customer} (asked for as {request.Customer})");
        Line("Requested by", request.RequestedBy);
        Line("Received", Day(request.ReceivedOn));
        Line("Answer due by", $"{Day(request.DueOn)} (one calendar month from the day of receipt; the next working day where that falls on a weekend or bank holiday)");
        Line("Prepared", $"{Day(LondonTime.DateOf(request.RecordedAt))} by {request.RecordedBy}");
        Line("Cases", cases.Count == 0 ? "none: the complaints records hold nothing about this customer" : $"{cases.Count}: {string.Join(' ', cases.Select(c => c.Reference))}");
        if (asRepresentative.Count > 0)
            Line("As representative of another customer", $"{asRepresentative.Count}: {string.Join(' ', asRepresentative.Select(c => c.Reference))} "
                + "(found by the representative's name: check it is the same person)");
        blocks.Add(new(SubjectAccessBlockKind.Paragraph,
            "Lines marked for review may hold other people's personal data. Check each one, and redact what the customer may not be given, before the document is released."));

        foreach (var (@case, acted) in cases.Select(c => (c, false)).Concat(asRepresentative.Select(c => (c, true))))
        {
            representing = false;
            Heading($"{@case.Reference}: {Words(@case.Kind.ToString())} ({@case.CategoryId}, policy {@case.PolicyId}){(acted ? ", as representative" : "")}");
            if (acted && @case.Representative is { } self)
                Line("Acted for the customer as", $"{self.Name} ({Words(self.Kind.ToString())}; consent {(self.ConsentRecorded ? "recorded" : "not recorded")})");
            representing = acted;
            Line("Received", $"{Day(LondonTime.DateOf(@case.ReceivedAt))} by {Words(@case.Channel.ToString())}");
            Line("Status", @case.ClosedAt is { } closed ? $"{Words(@case.Status.ToString())} on {Day(LondonTime.DateOf(closed))}" : Words(@case.Status.ToString()));
            Line("Customer", $"{@case.Customer.Name}, {Words(@case.Customer.Relationship.ToString())}");
            Line("Tenancy reference", @case.Customer.TenancyReference);
            Line("Tenure", Words(@case.Customer.Tenure.ToString()));
            if (!acted && @case.Representative is { } representative)
                blocks.Add(new(SubjectAccessBlockKind.Paragraph,
                    $"Represented by: {representative.Name} ({Words(representative.Kind.ToString())}; consent {(representative.ConsentRecorded ? "recorded" : "not recorded")})",
                    RepresentativeReview));
            Line("Vulnerability recorded", @case.Vulnerability);
            Line("Reasonable adjustments", @case.ReasonableAdjustments);
            Line("Issue occurred", @case.IssueOccurredOn is { } occurred ? Day(occurred) : null);
            Line("Customer aware of it", @case.CustomerAwareOn is { } aware ? Day(aware) : null);
            FreeText("What the customer told us", @case.Description);
            FreeText("Outcome they wanted", @case.DesiredOutcome);
            FreeText("Staff praised", @case.StaffPraised);
            Staff("Case owner", @case.OwnerId);

            foreach (var contact in @case.Contacts.OrderBy(c => c.At))
            {
                var when = $"Contact on {Day(LondonTime.DateOf(contact.At))} by {Words(contact.Channel.ToString())}";
                // The opening contact's words are the description above; said once.
                if (contact.OpenedCase) Line(when, "the contact that opened the case");
                else FreeText(when, contact.Summary);
                Staff("  Recorded by", contact.RecordedById);
            }
            foreach (var decision in @case.ExclusionDecisions.OrderBy(d => d.DecidedAt))
            {
                Line($"Exclusion considered on {Day(LondonTime.DateOf(decision.DecidedAt))}", $"{decision.ExclusionId}: {Words(decision.Outcome.ToString())}");
                FreeText("  Explanation given", decision.ExplanationGiven);
            }
            foreach (var stage in @case.Stages.OrderBy(s => s.Number))
            {
                Line($"Stage {stage.Number}", $"opened {Day(LondonTime.DateOf(stage.OpenedAt))}"
                    + (stage.AcknowledgedAt is { } acknowledged ? $", acknowledged {Day(LondonTime.DateOf(acknowledged))}" : ""));
                FreeText("  Complaint as defined", stage.ComplaintDefinition);
                foreach (var extension in stage.Extensions.OrderBy(x => x.RequestedAt))
                {
                    Line("  Extension", $"{extension.WorkingDays} working days asked on {Day(LondonTime.DateOf(extension.RequestedAt))}: {Words(extension.Decision.ToString())}");
                    FreeText("  Reason for the extension", extension.Reason);
                }
                if (stage.Response is { } response)
                {
                    Line("  Response", $"{Day(LondonTime.DateOf(response.RespondedAt))}: {Words(response.Outcome.ToString())}"
                        + (response.Compensation is > 0 ? string.Create(EnGb, $", compensation £{response.Compensation:0.00}") : ""));
                    FreeText("  Reasons", response.Reasons);
                    FreeText("  Remedy", response.Remedy);
                    FreeText("  Actions outstanding", response.OutstandingActions);
                }
                if (stage.EscalationRequestedAt is { } escalated) Line("  Escalation asked for", Day(LondonTime.DateOf(escalated)));
            }
            foreach (var restriction in @case.ContactRestrictions.OrderBy(r => r.DecidedAt))
            {
                Line($"Contact restricted on {Day(LondonTime.DateOf(restriction.DecidedAt))}",
                    restriction.LiftedAt is { } lifted ? $"lifted on {Day(LondonTime.DateOf(lifted))}" : $"to be reviewed by {Day(restriction.ReviewBy)}");
                FreeText("  How contact is taken", restriction.Terms);
                FreeText("  Why", restriction.Reason);
                FreeText("  How the customer's needs were considered", restriction.NeedsConsidered);
                FreeText("  Review", restriction.ReviewNote);
            }
            FreeText("What the landlord learnt", @case.Learning);
            FreeText("Service improvement", @case.ServiceImprovement);
            if (@case.OmbudsmanDetermination is { } determination)
            {
                Line("Housing Ombudsman's determination", $"{Words(determination.Finding.ToString())} on {Day(determination.DeterminedOn)}");
                FreeText("  Orders", determination.Orders);
            }
        }
        return blocks;
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    // "ServiceRequest" -> "service request", as a person reads it.
    private static string Words(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
