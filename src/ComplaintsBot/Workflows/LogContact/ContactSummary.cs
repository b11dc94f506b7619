using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The summary card (cards/contact-summary.json): every answer with its key for "Change an answer", the
/// classification, and the deadlines saving will start; and the case intake the answers make.
/// </summary>
public sealed class ContactSummary(Policy policy, ContactDraft draft)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("contact-summary");

    public ContactCategory Category => policy.Category(draft.CategoryId!);

    public ExclusionReview Exclusions { get; } = new(policy, draft);

    public bool NotAccepted => Category.Kind == ContactKind.Complaint && Exclusions.NotAccepted() is not null;

    public Attachment Render(DeadlineCalculator deadlines, DateTimeOffset now)
    {
        var card = Template.Expand(Data(deadlines, now));
        SummaryPrompt.Stamp(card, draft.IntakeId);
        return CardAttachment.Of(card);
    }

    public JsonObject Data(DeadlineCalculator deadlines, DateTimeOffset now)
    {
        var answers = new JsonArray(Answers().Select(a => (JsonNode)new JsonObject { ["key"] = a.Key, ["question"] = a.Question, ["answer"] = a.Answer }).ToArray());
        var rows = new JsonArray();
        if (!NotAccepted && CaseTracks.For(policy, Category.Id) is { } track)
        {
            foreach (var deadline in deadlines.Compute(policy, new CaseTimeline { Track = track, Received = draft.ReceivedAt!.Value }, now))
            {
                if (deadline.Kind == DeadlineKind.EscalationWindow) continue;
                rows.Add(new JsonObject { ["name"] = DeadlineNames.ForStaff(deadline.Kind, policy), ["dueOn"] = CardDates.Due(deadline), ["provisional"] = deadline.Provisional });
            }
        }
        return new JsonObject { ["classification"] = Classification(), ["answers"] = answers, ["deadlines"] = rows };
    }

    public string Classification()
    {
        var category = Category;
        if (category.Kind != ContactKind.Complaint) return $"{category.Name} under {policy.Name}";
        if (NotAccepted) return $"Complaint not accepted, under {policy.Name}";
        var waiting = Exclusions.ForManager();
        var pending = waiting.Count > 0 ? $", waiting for a decision on an exclusion by {ExclusionsDialog.DecidersOf(policy, waiting)}" : "";
        return $"Complaint, {policy.Stage(1).Name}{pending}, under {policy.Name}";
    }

    /// <summary>(key, question, answer) for each answer given, in the order asked.</summary>
    public IEnumerable<(string Key, string Question, string Answer)> Answers()
    {
        yield return (AnswerKeys.Customer, "Customer", draft.Anonymous ? "Anonymous" : draft.CustomerName!);
        if (!draft.Anonymous) yield return (AnswerKeys.Reference, "Tenancy or account reference", draft.TenancyReference ?? "None");
        yield return (AnswerKeys.Relationship, "Relationship", draft.Relationship ?? "Other");
        if (draft.Has(AnswerKeys.Tenure)) yield return (AnswerKeys.Tenure, "Tenure", CustomerDialog.TenureWords(draft.Tenure));
        if (!draft.Anonymous)
        {
            yield return (AnswerKeys.Representative, "Acting for them", draft.RepresentativeKind is null ? "No one" : $"{draft.RepresentativeName} ({CustomerDialog.RepresentativeWord(draft.RepresentativeKind)})");
            if (draft.RepresentativeKind is not null) yield return (AnswerKeys.Consent, "Customer's consent recorded", draft.RepresentativeConsent ? "Yes" : "No");
        }
        yield return (AnswerKeys.Vulnerability, "Vulnerability or reasonable adjustments", draft.Vulnerability ?? "None");
        yield return (AnswerKeys.Channel, "Channel", ContactDialog.Channels[(int)Enum.Parse<ContactChannel>(draft.Channel!)]);
        yield return (AnswerKeys.Received, "Received", ContactDialog.ShowReceived(draft.ReceivedAt!.Value));
        yield return (AnswerKeys.Description, "What the customer says", draft.Description!);
        yield return (AnswerKeys.Outcome, "What they want", draft.DesiredOutcome ?? "Nothing asked for");
        yield return (AnswerKeys.Category, "Category", Category.Name);
        if (draft.Has(AnswerKeys.Concern))
            yield return (AnswerKeys.Concern, "Health and safety or safeguarding concern",
                (draft.HealthAndSafety, draft.Safeguarding) switch { (true, true) => "Both (flagged for a senior manager)", (true, false) => "Health and safety (flagged for a senior manager)", (false, true) => "Safeguarding (flagged for a senior manager)", _ => "No" });
        if (Category.Kind == ContactKind.Compliment) yield return (AnswerKeys.StaffPraised, "Who was praised", draft.StaffPraised ?? "Not named");
        if (Category.Kind == ContactKind.Complaint)
        {
            if (draft.IssueOccurredOn is { } occurred) yield return (AnswerKeys.IssueDate, "When the issue happened", UkDates.Show(occurred));
            if (draft.CustomerAwareOn is { } aware) yield return (AnswerKeys.Aware, "When the customer became aware", UkDates.Show(aware));
            if (draft.Has(AnswerKeys.AgeException)) yield return (AnswerKeys.AgeException, "Exception to the time limit", (draft.AgeLimitException is { } exception ? policy.AgeLimit.ExceptionNames.GetValueOrDefault(exception, exception) : "None"));
            foreach (var exclusion in Exclusions.Asked.Where(e => draft.ExclusionAnswers.ContainsKey(e.Id)))
                yield return (AnswerKeys.Exclusion(exclusion.Id), exclusion.Question, draft.ExclusionAnswers[exclusion.Id] ? "Yes" : "No");
        }
        yield return (AnswerKeys.ServiceArea, "Service area", draft.ServiceArea ?? "Not given");
        yield return (AnswerKeys.Theme, "Theme", draft.Theme ?? "None");
        yield return (AnswerKeys.Owner, "Owner", draft.OwnerName ?? "You");
    }

    /// <summary>The case the answers open.</summary>
    public CaseIntake Intake(int recordedById, int? ownerId) => new()
    {
        PolicyId = policy.Id,
        CategoryId = Category.Id,
        Kind = Category.Kind,
        Customer = new Customer(draft.CustomerName, draft.Anonymous, draft.TenancyReference, Enum.Parse<CustomerRelationship>(draft.Relationship ?? nameof(CustomerRelationship.Other)))
        {
            Tenure = Enum.Parse<CustomerTenure>(draft.Tenure ?? nameof(CustomerTenure.Other)),
        },
        Representative = draft.RepresentativeKind is { } kind && draft.RepresentativeName is { } name
            ? new Representative(name, Enum.Parse<RepresentativeKind>(kind), draft.RepresentativeConsent)
            : null,
        Vulnerability = draft.Vulnerability,
        Channel = Enum.Parse<ContactChannel>(draft.Channel!),
        ReceivedAt = draft.ReceivedAt!.Value,
        IssueOccurredOn = Category.Kind == ContactKind.Complaint ? draft.IssueOccurredOn : null,
        CustomerAwareOn = Category.Kind == ContactKind.Complaint ? draft.CustomerAwareOn : null,
        Description = draft.Description!,
        DesiredOutcome = draft.DesiredOutcome,
        ServiceArea = draft.ServiceArea,
        Theme = draft.Theme,
        RecordedById = recordedById,
        OwnerId = ownerId,
        SafeguardingConcern = draft.Safeguarding,
        HealthAndSafetyConcern = draft.HealthAndSafety,
        StaffPraised = Category.Kind == ContactKind.Compliment ? draft.StaffPraised : null,
        IntakeId = draft.IntakeId,
    };
}
