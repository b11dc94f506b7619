using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>
/// The classification card (cards/contact-classification.json): the policy's guided questions as choices, the
/// category (the one the answers suggest, or another), who was praised for a compliment, and the policy's
/// definitions one tap away. The answers follow the typed questions' rules (ClassificationDialog): a question
/// the earlier answers make moot is not recorded, the suggestion is the policy's (ClassificationSuggestion), and
/// a concern the policy says makes any contact a complaint files it as one.
/// </summary>
public sealed class ClassificationCard(Policy policy, DateTimeOffset now) : ContactCard(policy, now)
{
    public const string StepName = "classification";
    /// <summary>The category choice that takes the one the guided answers suggest.</summary>
    public const string Suggested = "suggested";

    private static readonly AdaptiveCardTemplate CardTemplate = AdaptiveCardTemplate.Load("contact-classification");
    private static readonly string[] ConcernValues = ["No", "HealthAndSafety", "Safeguarding", "Both"];

    public override string Step => StepName;

    protected override AdaptiveCardTemplate Template => CardTemplate;

    public override Dictionary<string, string> ValuesOf(ContactDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unhappy"] = YesNo(draft.Unhappy),
            ["concern"] = ConcernValues[(draft.HealthAndSafety ? 1 : 0) + (draft.Safeguarding ? 2 : 0)],
            ["firstTime"] = YesNo(draft.FirstTime),
            ["investigate"] = YesNo(draft.WantsInvestigation),
            ["praise"] = YesNo(draft.Praise),
            ["asksForAction"] = YesNo(draft.AsksForAction),
            ["thanks"] = YesNo(draft.MoreThanThanks),
            ["category"] = draft.Has(AnswerKeys.Category) && draft.CategoryId is { } id ? id : Suggested,
            ["staffPraised"] = draft.StaffPraised ?? "",
        };
    }

    /// <summary>The answers as the typed questions would have them: each question asked only when the ones before make it matter.</summary>
    private (ContactDraft Answers, bool Explicit) Read(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        var category = Get(values, "category");
        var answers = new ContactDraft { Relationship = draft.Relationship, CategoryGiven = draft.CategoryGiven || (category != Suggested && category.Length > 0) };
        var concern = Array.IndexOf(ConcernValues, Get(values, "concern"));
        var unhappy = YesNo(values, "unhappy");
        answers.Unhappy = unhappy;
        if (unhappy == true)
        {
            answers.HealthAndSafety = concern is 1 or 3;
            answers.Safeguarding = concern is 2 or 3;
            answers.ComplaintByConcern = ClassificationDialog.ConcernMakesAComplaint(Policy, answers);
            if (!answers.ComplaintByConcern)
            {
                answers.FirstTime = YesNo(values, "firstTime");
                if (ClassificationDialog.AsksInvestigation(Policy, answers)) answers.WantsInvestigation = YesNo(values, "investigate");
            }
        }
        else if (unhappy == false)
        {
            answers.Praise = YesNo(values, "praise");
            if (answers.Praise == false) answers.AsksForAction = YesNo(values, "asksForAction");
            if (answers.Praise == true && Policy.Classification.ThanksIsNotACompliment) answers.MoreThanThanks = YesNo(values, "thanks");
        }
        return (answers, answers.CategoryGiven);
    }

    public override Dictionary<string, string> Check(ContactDraft draft, Dictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var (answers, chosen) = Read(draft, values);
        // Without a category chosen, the guided answers decide it: each one they lead to is needed.
        if (!chosen)
        {
            const string answer = "Answer this, so the policy can suggest the category.";
            if (answers.Unhappy is null) problems["unhappy"] = answer;
            else if (answers.Unhappy == true && !answers.ComplaintByConcern)
            {
                if (answers.FirstTime is null) problems["firstTime"] = answer;
                else if (ClassificationDialog.AsksInvestigation(Policy, answers) && answers.WantsInvestigation is null) problems["investigate"] = answer;
            }
            else if (answers.Unhappy == false)
            {
                if (answers.Praise is null) problems["praise"] = answer;
                else if (answers.Praise == false && answers.AsksForAction is null) problems["asksForAction"] = answer;
                else if (answers.Praise == true && Policy.Classification.ThanksIsNotACompliment && answers.MoreThanThanks is null) problems["thanks"] = answer;
            }
            if (problems.Count > 0) return problems;
        }
        var categoryId = Get(values, "category");
        if (chosen && categoryId != Suggested && Policy.Categories.All(c => c.Id != categoryId))
        {
            problems["category"] = ContactProblems.Category;
            return problems;
        }
        var category = Final(draft, values, answers);
        if (category.Kind == ContactKind.Compliment && answers.MoreThanThanks == false)
            problems["category"] = $"Under {Policy.Name}, {ClassificationDialog.ThanksRule(Policy)} Choose another category.";
        if (category.Kind == ContactKind.Compliment) CheckText(problems, values, "staffPraised", "who was praised", TextLimits.Name, required: true);
        return problems;
    }

    // The category chosen, or the one suggested; a concern that makes it a complaint overrides both.
    private ContactCategory Final(ContactDraft draft, IReadOnlyDictionary<string, string> values, ContactDraft answers)
    {
        var categoryId = Get(values, "category");
        if (answers.ComplaintByConcern) return Policy.Categories.First(c => c.Kind == ContactKind.Complaint);
        if (categoryId != Suggested && categoryId.Length > 0) return Policy.Category(categoryId);
        if (draft.CategoryGiven && draft.CategoryId is { } given) return Policy.Category(given);
        return ClassificationDialog.Suggest(Policy, answers);
    }

    public override IReadOnlyList<string> Apply(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(values);
        var said = new List<string>();
        var (answers, chosen) = Read(draft, values);
        var category = Final(draft, values, answers);
        draft.Unhappy = answers.Unhappy;
        draft.FirstTime = answers.FirstTime;
        draft.WantsInvestigation = answers.WantsInvestigation;
        draft.Praise = answers.Praise;
        draft.AsksForAction = answers.AsksForAction;
        draft.MoreThanThanks = answers.MoreThanThanks;
        foreach (var (key, value) in new (string, bool?)[]
        {
            (AnswerKeys.Unhappy, draft.Unhappy), (AnswerKeys.FirstTime, draft.FirstTime), (AnswerKeys.Investigate, draft.WantsInvestigation),
            (AnswerKeys.Praise, draft.Praise), (AnswerKeys.AsksForAction, draft.AsksForAction), (AnswerKeys.Thanks, draft.MoreThanThanks),
        })
        {
            if (value is null) draft.Forget(key);
            else draft.Answer(key);
        }
        draft.CategoryGiven = chosen && !answers.ComplaintByConcern;
        draft.SuggestedCategoryId = ClassificationDialog.Suggest(Policy, answers).Id;
        draft.CategoryId = category.Id;
        draft.Answer(AnswerKeys.Category);
        if (draft.MoreThanThanks == false) said.Add($"Under {Policy.Name}, {ClassificationDialog.ThanksRule(Policy)}");
        // The concern question is asked of anyone unhappy, and of any complaint (ClassificationDialog).
        if (answers.Unhappy == true || category.Kind == ContactKind.Complaint)
        {
            var concern = Array.IndexOf(ConcernValues, Get(values, "concern"));
            if (ClassificationDialog.RecordConcern(Policy, draft, concern is 1 or 3, concern is 2 or 3) is { } message) said.Add(message);
        }
        else
        {
            draft.HealthAndSafety = draft.Safeguarding = draft.ComplaintByConcern = false;
            draft.Forget(AnswerKeys.Concern);
        }
        if (Policy.Category(draft.CategoryId!).Kind == ContactKind.Compliment)
        {
            draft.StaffPraised = Get(values, "staffPraised");
            draft.Answer(AnswerKeys.StaffPraised);
        }
        else
        {
            draft.StaffPraised = null;
            draft.Forget(AnswerKeys.StaffPraised);
        }
        return said;
    }

    protected override JsonObject Data(ContactDraft draft, IReadOnlyDictionary<string, string> values)
    {
        var (answers, _) = Read(draft, values);
        var suggestion = answers.Unhappy is null && !draft.CategoryGiven ? null : Final(draft, new Dictionary<string, string> { ["category"] = Suggested }, answers);
        return new JsonObject
        {
            ["policy"] = Policy.Name,
            ["asksThanks"] = Policy.Classification.ThanksIsNotACompliment,
            ["suggestion"] = suggestion is null ? "" : $"From the answers so far: {suggestion.Name}.",
            ["yesNo"] = Choices([("Yes", "yes"), ("No", "no")]),
            ["concerns"] = Choices(ClassificationDialog.ConcernChoices.Select((title, i) => (title, ConcernValues[i]))),
            ["categories"] = Choices(new[] { ("The one the answers suggest", Suggested) }.Concat(Policy.Categories.Select(c => (c.Name, c.Id)))),
            ["definitions"] = new JsonArray(Policy.Categories.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["definition"] = c.Definition,
                ["examples"] = c.Examples.Count > 0 ? "For example: " + string.Join("; ", c.Examples) + "." : "",
                ["guidance"] = c.Guidance ?? "",
            }).ToArray()),
        };
    }
}
