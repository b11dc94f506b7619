using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Workflows.LogContact;

namespace ComplaintsBot.Workflows.MessageExtension;

/// <summary>
/// The "Log as a contact" dialog (cards/log-from-message.json): every answer the chat dialog collects, on one form,
/// prefilled from the message; and the submitted form read back into a <see cref="ContactDraft"/> under the same
/// rules as the chat dialog's questions (lengths, dates, the policy's categories, exclusions and concerns). A form
/// with a mistake comes back with everything as typed and the mistakes on top: nothing typed is lost. The rules are
/// the logging cards' own code (ContactDetailsCard, ClassificationDialog, ExclusionsCard), and so are the words of each
/// mistake (<see cref="ContactProblems"/>), so the two cannot drift.
/// </summary>
public sealed class LogFromMessageForm(Policy policy, DateTimeOffset now)
{
    private static readonly AdaptiveCardTemplate Template = AdaptiveCardTemplate.Load("log-from-message");

    public const string PostToPersonal = "personal";
    public const string PostToConversation = "conversation";
    private const string NoException = ExclusionsCard.NoException;

    /// <summary>The form for a message: its words as what the customer says, its time as received, its author as the customer where the customer wrote it.</summary>
    /// <param name="authorIsCustomer">False when the author is on the staff list (a colleague passing it on): the name is then left for staff to give.</param>
    public JsonObject ForMessage(MessageActionsPayload? message, bool authorIsCustomer)
    {
        var author = message?.From?.User?.DisplayName ?? message?.From?.Application?.DisplayName ?? "someone";
        var posted = message?.CreatedDateTime is { } created && created <= now ? created : now;
        var postedLondon = LondonTime.ToLondon(posted);
        var draft = new ContactDraft
        {
            CustomerName = authorIsCustomer ? Limit(author, TextLimits.Name) : null,
            Relationship = nameof(CustomerRelationship.Tenant),
            Channel = nameof(ContactChannel.Email),
            Description = MessageText.Of(message?.Body),
        };
        // The whole message is kept, never cut: staff shorten it themselves if it is over the limit.
        var warnings = draft.Description.Length > TextLimits.Description
            ? new[] { string.Create(CultureInfo.InvariantCulture, $"The message is {draft.Description.Length:N0} characters; what the customer says holds at most {TextLimits.Description:N0}. Shorten it before saving.") }
            : [];
        var data = Data(draft, author, CardDates.DayAndTime(posted), warnings);
        data["receivedDate"] = DateOnly.FromDateTime(postedLondon.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data["receivedTime"] = postedLondon.ToString("HH:mm", CultureInfo.InvariantCulture);
        return data;
    }

    /// <summary>The submitted form again, as typed, with the mistakes to put right on top.</summary>
    public static JsonObject Again(JsonObject submitted, IReadOnlyList<string> errors, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var data = Data(policy, new ContactDraft(), Text(submitted, "author") ?? "someone", Text(submitted, "postedAt") ?? "", errors);
        foreach (var key in new[] { "customerName", "anonymous", "tenancyReference", "relationship", "tenure", "channel", "receivedDate", "receivedTime", "description",
                     "desiredOutcome", "category", "concern", "staffPraised", "issueDate", "awareDate", "ageException", "postTo", "intakeId" })
            data[key] = Text(submitted, key) ?? "";
        foreach (var exclusion in data["exclusions"]!.AsArray().OfType<JsonObject>())
            exclusion["answer"] = Text(submitted, (string)exclusion["input"]!) == "true" ? "true" : "false";
        return data;
    }

    public static JsonObject Render(JsonObject data) => Template.Expand(data);

    /// <summary>The draft the form's answers make, or the mistakes in them; <paramref name="notes"/> says what a rule decided (a concern making it a complaint).</summary>
    public (ContactDraft? Draft, List<string> Errors, List<string> Notes) Read(JsonObject submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var errors = new List<string>();
        var notes = new List<string>();
        var draft = new ContactDraft();
        if (Guid.TryParse(Text(submitted, "intakeId"), out var intakeId)) draft.IntakeId = intakeId;
        else errors.Add("This form is not one I sent: open \"Log as a contact\" on the message again.");

        // Customer (as CustomerDialog asks it). The words of every refusal are the logging cards' (ContactProblems).
        var name = Text(submitted, "customerName")?.Trim() ?? "";
        // Typed "anonymous" is taken as the tick, as the typed question takes it.
        if (Text(submitted, "anonymous") == "true" || name.Equals("anonymous", StringComparison.OrdinalIgnoreCase)) draft.Anonymous = true;
        else if (name.Length == 0) errors.Add(ContactProblems.NameMissing);
        else if (name.Length > TextLimits.Name) errors.Add(ContactProblems.TooLong("the customer's name", name.Length, TextLimits.Name));
        else draft.CustomerName = name;
        draft.Answer(AnswerKeys.Customer);
        if (!draft.Anonymous && Text(submitted, "tenancyReference")?.Trim() is { Length: > 0 } reference)
        {
            if (reference.Length > TextLimits.Reference) errors.Add(ContactProblems.TooLong("the reference", reference.Length, TextLimits.Reference));
            else draft.TenancyReference = reference;
        }
        draft.Answer(AnswerKeys.Reference);
        if (Text(submitted, "relationship") is var relationship && ContactDetailsCard.IsMember<CustomerRelationship>(relationship))
        {
            draft.Relationship = Enum.Parse<CustomerRelationship>(relationship!).ToString();
            draft.Answer(AnswerKeys.Relationship);
        }
        else errors.Add(ContactProblems.Relationship);
        if (policy.AsksTenure && CustomerDialog.HasTenure(draft.Relationship))
        {
            var tenure = Text(submitted, "tenure");
            draft.Tenure = ContactDetailsCard.IsMember<CustomerTenure>(tenure) ? Enum.Parse<CustomerTenure>(tenure!).ToString() : nameof(CustomerTenure.Other);
            draft.Answer(AnswerKeys.Tenure);
        }
        draft.Answer(AnswerKeys.Representative);
        draft.Answer(AnswerKeys.Vulnerability);

        // Contact (as ContactDialog asks it: not in the future, nor before 2000, where case references start).
        if (Text(submitted, "channel") is var channel && ContactDetailsCard.IsMember<ContactChannel>(channel))
        {
            draft.Channel = Enum.Parse<ContactChannel>(channel!).ToString();
            draft.Answer(AnswerKeys.Channel);
        }
        else errors.Add(ContactProblems.Channel);
        DateOnly? receivedOn = Date(submitted, "receivedDate");
        var receivedTime = ContactDetailsCard.ParseTime(Text(submitted, "receivedTime"));
        if (ContactProblems.Received(receivedOn, receivedTime, Text(submitted, "receivedTime") is { Length: > 0 }, now) is { } receivedProblem)
            errors.Add(receivedProblem);
        else
        {
            draft.ReceivedAt = ContactDetailsCard.ReceivedAt(receivedOn!.Value, receivedTime, now);
            draft.Answer(AnswerKeys.Received);
        }
        var description = Text(submitted, "description")?.Trim() ?? "";
        if (description.Length == 0) errors.Add(ContactProblems.Empty("the description"));
        else if (description.Length > TextLimits.Description) errors.Add(ContactProblems.TooLong("the description", description.Length, TextLimits.Description));
        else draft.Description = description;
        draft.Answer(AnswerKeys.Description);
        if (Text(submitted, "desiredOutcome")?.Trim() is { Length: > 0 } outcome)
        {
            if (outcome.Length > TextLimits.Note) errors.Add(ContactProblems.TooLong("what they want", outcome.Length, TextLimits.Note));
            else draft.DesiredOutcome = outcome;
        }
        draft.Answer(AnswerKeys.Outcome);

        // Classification: a concern the policy says makes any contact a complaint does so here as in chat.
        var concern = Text(submitted, "concern") ?? "None";
        draft.HealthAndSafety = concern is "HealthAndSafety" or "Both";
        draft.Safeguarding = concern is "Safeguarding" or "Both";
        draft.Answer(AnswerKeys.Concern);
        var forcing = ClassificationDialog.Forcing(policy, draft);
        var chosen = policy.Categories.FirstOrDefault(c => c.Id == Text(submitted, "category"));
        if (forcing.Count > 0)
        {
            var complaint = policy.Categories.First(c => c.Kind == ContactKind.Complaint);
            if (chosen?.Kind != ContactKind.Complaint)
                notes.Add($"Under {policy.Name}, a {string.Join(" or ", forcing)} concern is always a complaint, so it was filed as one.");
            chosen = chosen?.Kind == ContactKind.Complaint ? chosen : complaint;
            draft.ComplaintByConcern = true;
        }
        if (chosen is null) errors.Add(ContactProblems.Category);
        else
        {
            draft.CategoryId = chosen.Id;
            draft.CategoryGiven = true;
            draft.Answer(AnswerKeys.Category);
        }
        if (chosen?.Kind == ContactKind.Compliment && Text(submitted, "staffPraised")?.Trim() is { Length: > 0 } praised)
        {
            if (praised.Length > TextLimits.Name) errors.Add(ContactProblems.TooLong("who was praised", praised.Length, TextLimits.Name));
            else draft.StaffPraised = praised;
        }
        if (chosen?.Kind == ContactKind.Compliment) draft.Answer(AnswerKeys.StaffPraised);

        // Exclusions, for a complaint (as ExclusionsDialog asks them).
        if (chosen?.Kind == ContactKind.Complaint) ReadExclusions(submitted, draft, errors);
        draft.Answer(AnswerKeys.ServiceArea);
        draft.Answer(AnswerKeys.Theme);
        draft.Answer(AnswerKeys.Owner);
        return (errors.Count == 0 ? draft : null, errors, notes);
    }

    private void ReadExclusions(JsonObject submitted, ContactDraft draft, List<string> errors)
    {
        var receivedOn = draft.ReceivedAt is { } at ? LondonTime.DateOf(at) : LondonTime.DateOf(now);
        var issue = Date(submitted, "issueDate");
        if (ContactProblems.IssueDate(issue, receivedOn, now) is { } issueProblem) errors.Add(issueProblem);
        else
        {
            draft.IssueOccurredOn = issue;
            draft.Answer(AnswerKeys.IssueDate);
        }
        // Optional on the form (the age limit is worked out when it is saved); checked as the card checks it when given.
        if (Text(submitted, "awareDate") is { Length: > 0 })
        {
            var aware = Date(submitted, "awareDate");
            if (ContactProblems.AwareDate(aware, draft.IssueOccurredOn, receivedOn, now) is { } awareProblem) errors.Add(awareProblem);
            else if (policy.AgeLimit.CountsFrom != AgeLimitBasis.Issue)
            {
                // Where the policy's limit runs from the issue, awareness changes nothing and is not kept (as in chat).
                draft.CustomerAwareOn = aware;
                draft.Answer(AnswerKeys.Aware);
            }
        }
        var review = new ExclusionReview(policy, draft);
        var exception = Text(submitted, "ageException");
        if (exception is { Length: > 0 } and not NoException)
        {
            if (review.AskableAgeExceptions.Contains(exception)) draft.AgeLimitException = exception;
            else errors.Add(ContactProblems.AgeException);
        }
        if (review.AskableAgeExceptions.Count > 0) draft.Answer(AnswerKeys.AgeException);
        foreach (var exclusion in new ExclusionReview(policy, draft).Asked)
        {
            draft.ExclusionAnswers[exclusion.Id] = Text(submitted, ExclusionsCard.KeyOf(exclusion)) == "true";
            draft.Answer(AnswerKeys.Exclusion(exclusion.Id));
        }
    }

    private JsonObject Data(ContactDraft draft, string author, string postedAt, IReadOnlyList<string> errors) => Data(policy, draft, author, postedAt, errors);

    private static JsonObject Data(Policy policy, ContactDraft draft, string author, string postedAt, IReadOnlyList<string> errors)
    {
        var review = new ExclusionReview(policy, new ContactDraft());
        return new JsonObject
        {
            ["policyName"] = policy.Name,
            ["author"] = author,
            ["postedAt"] = postedAt,
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["text"] = e }).ToArray()),
            ["intakeId"] = draft.IntakeId.ToString(),
            ["customerName"] = draft.CustomerName ?? "",
            ["anonymous"] = draft.Anonymous ? "true" : "false",
            ["tenancyReference"] = draft.TenancyReference ?? "",
            ["relationship"] = draft.Relationship ?? "",
            ["asksTenure"] = policy.AsksTenure,
            ["tenure"] = draft.Tenure ?? nameof(CustomerTenure.Other),
            ["channel"] = draft.Channel ?? "",
            ["receivedDate"] = "",
            ["receivedTime"] = "",
            ["description"] = draft.Description ?? "",
            ["desiredOutcome"] = draft.DesiredOutcome ?? "",
            ["category"] = draft.CategoryId ?? "",
            ["categories"] = new JsonArray(policy.Categories.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name }).ToArray()),
            ["concern"] = "None",
            ["staffPraised"] = draft.StaffPraised ?? "",
            ["issueDate"] = "",
            ["awareDate"] = "",
            ["ageExceptions"] = new JsonArray(review.AskableAgeExceptions
                .Select(e => (JsonNode)new JsonObject { ["id"] = e, ["name"] = policy.AgeLimit.ExceptionNames.GetValueOrDefault(e, e) })
                .Append(new JsonObject { ["id"] = NoException, ["name"] = "None of these" }).ToArray()),
            ["ageException"] = NoException,
            // Every exclusion question a complaint may be asked; the relationship answers "not a tenant" itself.
            ["exclusions"] = new JsonArray(policy.Exclusions.Where(e => e != review.AgeExclusion && e.Id != "not-a-tenant-or-leaseholder")
                .Select(e => (JsonNode)new JsonObject { ["id"] = e.Id, ["input"] = ExclusionsCard.KeyOf(e), ["question"] = e.Question, ["answer"] = "false" }).ToArray()),
            ["postTo"] = PostToPersonal,
            // What Teams says when a required input is left empty: the same words as the server's check.
            ["messages"] = new JsonObject
            {
                ["relationship"] = ContactProblems.Relationship,
                ["channel"] = ContactProblems.Channel,
                ["receivedDate"] = ContactProblems.ReceivedDateMissing,
                ["description"] = ContactProblems.Empty("the description"),
                ["category"] = ContactProblems.Category,
            },
        };
    }

    private static DateOnly? Date(JsonObject data, string key) =>
        DateOnly.TryParseExact(Text(data, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Text(JsonObject data, string key) => data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : data[key]?.ToString();

    private static string Limit(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
