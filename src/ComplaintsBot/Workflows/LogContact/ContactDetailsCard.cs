using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Time;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The customer-and-contact card (cards/contact-details.json): the customer (or anonymous), reference, relationship,
/// tenure where the policy asks it, who acts for them and consent, vulnerability, channel, when it was received
/// (date and time pickers, default now), what they say and want, where it goes (service area and theme), and,
/// for staff who already know, what kind of contact it is. Required fields and the latest date are checked on the
/// card; the rest (a name or anonymous, a representative's name, a time in the future) here, with the same rules
/// and words as the typed questions (CustomerDialog, ContactDialog, RoutingDialog).
/// </summary>
public sealed class ContactDetailsCard(Policy policy, DateTimeOffset now) : ContactCard(policy, now)
{
    public const string StepName = "details";
    /// <summary>The category choice that leaves the category to the classification card's questions.</summary>
    public const string AskCategory = "ask";
    public const string NoRepresentative = "None";

    private static readonly AdaptiveCardTemplate CardTemplate = AdaptiveCardTemplate.Load("contact-details");

    public override string Step => StepName;

    protected override AdaptiveCardTemplate Template => CardTemplate;

    private DateOnly Today => LondonTime.DateOf(Now);

    public override Dictionary<string, string> ValuesOf(ContactDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var received = LondonTime.ToLondon(draft.ReceivedAt ?? Now);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["anonymous"] = draft.Anonymous ? "true" : "false",
            ["customerName"] = draft.CustomerName ?? "",
            ["tenancyReference"] = draft.TenancyReference ?? "",
            ["relationship"] = draft.Relationship ?? "",
            ["tenure"] = draft.Tenure ?? "",
            ["representativeKind"] = draft.RepresentativeKind ?? NoRepresentative,
            ["representativeName"] = draft.RepresentativeName ?? "",
            ["representativeConsent"] = draft.RepresentativeConsent ? "true" : "false",
            ["vulnerability"] = draft.Vulnerability ?? "",
            ["channel"] = draft.Channel ?? "",
            ["receivedDate"] = Iso(DateOnly.FromDateTime(received.DateTime)),
            ["receivedTime"] = received.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["description"] = draft.Description ?? "",
            ["desiredOutcome"] = draft.DesiredOutcome ?? "",
            ["category"] = draft.CategoryGiven && draft.CategoryId is { } id ? id : AskCategory,
            ["staffPraised"] = draft.StaffPraised ?? "",
            ["serviceArea"] = draft.ServiceArea ?? "",
            ["theme"] = draft.Theme ?? "",
        };
    }

    public override Dictionary<string, string> Check(ContactDraft draft, Dictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var anonymous = IsOn(values, "anonymous");
        if (!anonymous && Get(values, "customerName").Length == 0) problems["customerName"] = ContactProblems.NameMissing;
        else CheckText(problems, values, "customerName", "the customer's name", TextLimits.Name, required: false);
        CheckText(problems, values, "tenancyReference", "the reference", TextLimits.Reference, required: false);
        var relationship = Get(values, "relationship");
        if (!IsMember<CustomerRelationship>(relationship))
            problems["relationship"] = ContactProblems.Relationship;
        else if (Policy.AsksTenure && CustomerDialog.HasTenure(relationship) && !IsTenure(Get(values, "tenure")))
            problems["tenure"] = "Choose which tenure their home is: low-cost rent (LCRA), low-cost home ownership (LCHO) or other.";
        var representative = Get(values, "representativeKind");
        if (representative != NoRepresentative && !IsMember<RepresentativeKind>(representative))
            problems["representativeKind"] = "Choose who is acting for them, or No one.";
        else if (!anonymous && representative != NoRepresentative && Get(values, "representativeName").Length == 0)
            problems["representativeName"] = $"Type the {CustomerDialog.RepresentativeWord(representative)}'s name.";
        else CheckText(problems, values, "representativeName", "the representative's name", TextLimits.Name, required: false);
        CheckText(problems, values, "vulnerability", "the vulnerability or adjustments", TextLimits.Note, required: false);
        var channel = Get(values, "channel");
        if (!IsMember<ContactChannel>(channel)) problems["channel"] = ContactProblems.Channel;
        if (ReceivedProblem(values) is { } received) problems["receivedDate"] = received;
        CheckText(problems, values, "description", "the description", TextLimits.Description, required: true);
        CheckText(problems, values, "desiredOutcome", "what they want", TextLimits.Note, required: false);
        CheckText(problems, values, "serviceArea", "the service area", TextLimits.Name, required: true);
        CheckText(problems, values, "theme", "the theme", TextLimits.Name, required: false);
        var category = Get(values, "category");
        if (category != AskCategory && category.Length > 0)
        {
            var chosen = Policy.Categories.FirstOrDefault(c => c.Id == category);
            if (chosen is null) problems["category"] = "Choose one of the policy's categories, or leave it to the next card's questions.";
            else if (draft.ComplaintByConcern && chosen.Kind != ContactKind.Complaint)
                problems["category"] = $"Under {Policy.Name} the concern recorded makes it a complaint, so the category cannot change. Change the concern instead if it was recorded wrongly.";
            else if (chosen.Kind == ContactKind.Compliment) CheckText(problems, values, "staffPraised", "who was praised", TextLimits.Name, required: true);
        }
        return problems;
    }

    private static bool IsTenure(string value) =>
        value is nameof(CustomerTenure.LowCostRental) or nameof(CustomerTenure.LowCostHomeOwnership) or nameof(CustomerTenure.Other);

    // The received rules of the typed question (ContactDialog): not in the future, not before 2000.
    private string? ReceivedProblem(IReadOnlyDictionary<string, string> values) =>
        ContactProblems.Received(TryDate(Get(values, "receivedDate"), out var date) ? date : null, ReceivedTime(values), Get(values, "receivedTime").Length > 0, Now);

    private static TimeOnly? ReceivedTime(IReadOnlyDictionary<string, string> values) => ParseTime(Get(values, "receivedTime"));

    /// <summary>A time as the time picker sends it (HH:mm, or HH:mm:ss), or null.</summary>
    internal static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public override IReadOnlyList<string> Apply(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        var said = new List<string>();
        draft.Anonymous = IsOn(values, "anonymous");
        draft.CustomerName = draft.Anonymous ? null : Get(values, "customerName");
        draft.Answer(AnswerKeys.Customer);
        if (draft.Anonymous)
        {
            // Nothing identifies an anonymous customer, so no reference or representative is kept (as when typed).
            draft.TenancyReference = null;
            draft.RepresentativeKind = null;
            draft.RepresentativeName = null;
            draft.RepresentativeConsent = false;
            foreach (var key in new[] { AnswerKeys.Reference, AnswerKeys.Representative, AnswerKeys.RepresentativeName, AnswerKeys.Consent }) draft.Forget(key);
            said.Add(CustomerDialog.AnonymousConsequence);
        }
        else
        {
            draft.TenancyReference = Blank(Get(values, "tenancyReference"));
            draft.Answer(AnswerKeys.Reference);
            var representative = Get(values, "representativeKind");
            draft.RepresentativeKind = representative == NoRepresentative ? null : representative;
            draft.Answer(AnswerKeys.Representative);
            if (draft.RepresentativeKind is null)
            {
                draft.RepresentativeName = null;
                draft.RepresentativeConsent = false;
                draft.Forget(AnswerKeys.RepresentativeName);
                draft.Forget(AnswerKeys.Consent);
            }
            else
            {
                draft.RepresentativeName = Get(values, "representativeName");
                draft.RepresentativeConsent = IsOn(values, "representativeConsent");
                draft.Answer(AnswerKeys.RepresentativeName);
                draft.Answer(AnswerKeys.Consent);
                if (!draft.RepresentativeConsent)
                    said.Add($"Noted: no consent yet. Get the customer's consent before sharing any details of the case with {draft.RepresentativeName}.");
            }
        }
        draft.Relationship = Get(values, "relationship");
        draft.Answer(AnswerKeys.Relationship);
        if (Policy.AsksTenure && CustomerDialog.HasTenure(draft.Relationship))
        {
            draft.Tenure = Get(values, "tenure");
            draft.Answer(AnswerKeys.Tenure);
        }
        else
        {
            // An applicant or anyone else has no tenancy of ours to report against.
            draft.Tenure = null;
            draft.Forget(AnswerKeys.Tenure);
        }
        draft.Vulnerability = Blank(Get(values, "vulnerability"));
        draft.Answer(AnswerKeys.Vulnerability);
        draft.Channel = Get(values, "channel");
        draft.Answer(AnswerKeys.Channel);
        draft.ReceivedAt = ReceivedAt(values);
        draft.Answer(AnswerKeys.Received);
        draft.Description = Get(values, "description");
        draft.Answer(AnswerKeys.Description);
        draft.DesiredOutcome = Blank(Get(values, "desiredOutcome"));
        draft.Answer(AnswerKeys.Outcome);
        draft.ServiceArea = Get(values, "serviceArea");
        draft.Answer(AnswerKeys.ServiceArea);
        draft.Theme = Blank(Get(values, "theme"));
        draft.Answer(AnswerKeys.Theme);
        ApplyCategory(draft, Get(values, "category"), Get(values, "staffPraised"));
        return said;
    }

    // A category chosen here is the officer's classification (as a category named in the one-line shortcut is):
    // the classification card is then needed only for a complaint's concerns.
    private void ApplyCategory(ContactDraft draft, string category, string staffPraised)
    {
        if (category == AskCategory || category.Length == 0)
        {
            if (!draft.CategoryGiven) return;
            draft.CategoryGiven = false;
            draft.CategoryId = null;
            draft.Forget(AnswerKeys.Category);
            return;
        }
        var chosen = Policy.Category(category);
        draft.CategoryId = chosen.Id;
        draft.CategoryGiven = true;
        draft.Answer(AnswerKeys.Category);
        if (chosen.Kind == ContactKind.Compliment)
        {
            draft.StaffPraised = staffPraised;
            draft.Answer(AnswerKeys.StaffPraised);
        }
        else
        {
            draft.StaffPraised = null;
            draft.Forget(AnswerKeys.StaffPraised);
        }
    }

    private DateTimeOffset ReceivedAt(IReadOnlyDictionary<string, string> values)
    {
        TryDate(Get(values, "receivedDate"), out var date);
        return ReceivedAt(date, ReceivedTime(values), Now);
    }

    /// <summary>When a contact was received, as the typed question reads it: a date without a time is the start of the working day, today is now.</summary>
    internal static DateTimeOffset ReceivedAt(DateOnly date, TimeOnly? time, DateTimeOffset now)
    {
        if (time is { } at) return LondonTime.AtLondon(date, at);
        return date == LondonTime.DateOf(now) ? LondonTime.ToLondon(now) : LondonTime.AtLondon(date, new TimeOnly(9, 0));
    }

    /// <summary>Whether a choice's value names one of <typeparamref name="TEnum"/>'s members (not a number, which Enum.TryParse also takes).</summary>
    internal static bool IsMember<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out _) && !int.TryParse(value, out _);

    protected override JsonObject Data(ContactDraft draft, IReadOnlyDictionary<string, string> values) => new()
    {
        ["policy"] = Policy.Name,
        ["today"] = Iso(Today),
        ["asksTenure"] = Policy.AsksTenure,
        ["relationships"] = Choices(Enum.GetNames<CustomerRelationship>().Select((name, i) => (CustomerDialog.Relationships[i], name))),
        ["tenures"] = Choices([(CustomerDialog.Tenures[0], nameof(CustomerTenure.LowCostRental)), (CustomerDialog.Tenures[1], nameof(CustomerTenure.LowCostHomeOwnership)), (CustomerDialog.Tenures[2], nameof(CustomerTenure.Other))]),
        ["representatives"] = Choices(new[] { (CustomerDialog.Representatives[0], NoRepresentative) }
            .Concat(Enum.GetNames<RepresentativeKind>().Select((name, i) => (CustomerDialog.Representatives[i + 1], name)))),
        ["channels"] = Choices(Enum.GetNames<ContactChannel>().Select((name, i) => (ContactDialog.Channels[i], name))),
        ["categories"] = Choices(new[] { ("Not sure: the next card's questions decide", AskCategory) }
            .Concat(Policy.Categories.Select(c => (c.Name, c.Id)))),
    };
}
