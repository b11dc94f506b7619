using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Dialogs;
using ComplaintsBot.BotFramework.Dialogs.Choices;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>Part 1: who the customer is, who acts for them, and what they need from us to take part.</summary>
public sealed class CustomerDialog : LogContactPart
{
    internal static readonly string[] Relationships = ["Tenant", "Leaseholder", "Applicant", "Other"];
    /// <summary>In the order of <see cref="CustomerTenure"/>'s values after Other, then Other.</summary>
    internal static readonly string[] Tenures = ["Low-cost rent (LCRA)", "Low-cost home ownership (LCHO)", "Other"];
    internal static readonly string[] Representatives = ["No one", "MP", "Councillor", "Advocate", "Relative", "Other"];

    public CustomerDialog(LogContactServices services) : base(nameof(CustomerDialog), services)
    {
        AddSteps(AskNameAsync, RecordNameAsync, AskReferenceAsync, RecordReferenceAsync, AskRelationshipAsync, RecordRelationshipAsync,
            AskTenureAsync, RecordTenureAsync,
            AskRepresentativeAsync, RecordRepresentativeAsync, AskRepresentativeNameAsync, RecordRepresentativeNameAsync,
            AskConsentAsync, RecordConsentAsync, AskVulnerabilityAsync, RecordVulnerabilityAsync, DoneAsync);
    }

    /// <summary>
    /// What logging an anonymous contact means, said when staff choose it. None of the six policies forbids
    /// anonymous contacts, so it is always allowed; the consequence is the same under each.
    /// </summary>
    public const string AnonymousConsequence =
        "Logged as anonymous. We will still look into it, but we cannot acknowledge it, send the customer our response " +
        "or tell them how to escalate it. If they give a name later, change it on the summary.";

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Customer)
            ? AskTextAsync(step, "What is the customer's name? Type **anonymous** if they won't give one.", "the customer's name", TextLimits.Name, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static async Task<DialogTurnResult> RecordNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string name)
        {
            draft.Anonymous = name.Trim().Equals("anonymous", StringComparison.OrdinalIgnoreCase);
            draft.CustomerName = draft.Anonymous ? null : name.Trim();
            draft.Answer(AnswerKeys.Customer);
            if (draft.Anonymous)
            {
                // Nothing identifies an anonymous customer, so no reference or representative is asked or kept.
                draft.TenancyReference = null;
                draft.RepresentativeKind = null;
                draft.RepresentativeName = null;
                await SayAsync(step, AnonymousConsequence, cancellationToken);
            }
        }
        return await step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskReferenceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return !draft.Anonymous && draft.ShouldAsk(AnswerKeys.Reference)
            ? AskTextAsync(step, "Their tenancy or account reference? Type **none** if they have none.", "the reference", TextLimits.Reference, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordReferenceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string reference)
        {
            draft.TenancyReference = IsNone(reference) ? null : reference.Trim();
            draft.Answer(AnswerKeys.Reference);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskRelationshipAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Relationship)
            ? AskChoiceAsync(step, "Are they a tenant, leaseholder, applicant or other?", Relationships, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordRelationshipAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            draft.Relationship = Enum.GetName((CustomerRelationship)choice.Index);
            draft.Answer(AnswerKeys.Relationship);
            if (!HasTenure(draft.Relationship))
            {
                // An applicant or anyone else has no tenancy of ours to report against.
                draft.Tenure = null;
                draft.Forget(AnswerKeys.Tenure);
            }
        }
        return step.NextAsync(null, cancellationToken);
    }

    /// <summary>Only tenants and leaseholders hold a home of the landlord's, so only they have a tenure to report.</summary>
    internal static bool HasTenure(string? relationship) =>
        relationship is nameof(CustomerRelationship.Tenant) or nameof(CustomerRelationship.Leaseholder);

    // The policy's ask-tenure: the TSMs (CH01, CH02) are reported for LCRA and LCHO homes separately.
    private Task<DialogTurnResult> AskTenureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (!Policy.AsksTenure || !HasTenure(draft.Relationship) || !draft.ShouldAsk(AnswerKeys.Tenure)) return SkipAsync(step, cancellationToken);
        const string question = "Which tenure is their home: low-cost rent (LCRA), shared ownership or other low-cost home ownership (LCHO), or other?";
        // The abbreviations and "shared ownership" as typed answers, besides the buttons' titles.
        return step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text("That is not one of the choices. " + question),
            Choices =
            [
                new Choice(Tenures[0]) { Synonyms = ["LCRA", "low-cost rent", "low cost rent", "social rent", "affordable rent"] },
                new Choice(Tenures[1]) { Synonyms = ["LCHO", "shared ownership", "low-cost home ownership", "low cost home ownership"] },
                new Choice(Tenures[2]),
            ],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordTenureAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            draft.Tenure = choice.Index switch
            {
                0 => nameof(CustomerTenure.LowCostRental),
                1 => nameof(CustomerTenure.LowCostHomeOwnership),
                _ => nameof(CustomerTenure.Other),
            };
            draft.Answer(AnswerKeys.Tenure);
        }
        return step.NextAsync(null, cancellationToken);
    }

    /// <summary>The tenure as staff chose it.</summary>
    internal static string TenureWords(string? tenure) => tenure switch
    {
        nameof(CustomerTenure.LowCostRental) => Tenures[0],
        nameof(CustomerTenure.LowCostHomeOwnership) => Tenures[1],
        _ => Tenures[2],
    };

    private static Task<DialogTurnResult> AskRepresentativeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return !draft.Anonymous && draft.ShouldAsk(AnswerKeys.Representative)
            ? AskChoiceAsync(step, "Is anyone acting for them?", Representatives, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordRepresentativeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is FoundChoice choice)
        {
            draft.RepresentativeKind = choice.Index switch
            {
                0 => null,
                1 => nameof(RepresentativeKind.MemberOfParliament),
                2 => nameof(RepresentativeKind.Councillor),
                3 => nameof(RepresentativeKind.Advocate),
                4 => nameof(RepresentativeKind.Relative),
                _ => nameof(RepresentativeKind.Other),
            };
            draft.Answer(AnswerKeys.Representative);
            if (draft.RepresentativeKind is null)
            {
                draft.RepresentativeName = null;
                draft.RepresentativeConsent = false;
                draft.Forget(AnswerKeys.RepresentativeName);
                draft.Forget(AnswerKeys.Consent);
            }
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskRepresentativeNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return !draft.Anonymous && draft.RepresentativeKind is not null && draft.ShouldAsk(AnswerKeys.RepresentativeName)
            ? AskTextAsync(step, $"What is the {RepresentativeWord(draft.RepresentativeKind)}'s name?", "the representative's name", TextLimits.Name, cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> RecordRepresentativeNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string name)
        {
            draft.RepresentativeName = name.Trim();
            draft.Answer(AnswerKeys.RepresentativeName);
        }
        return step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        return !draft.Anonymous && draft.RepresentativeKind is not null && draft.ShouldAsk(AnswerKeys.Consent)
            ? AskYesNoAsync(step, $"Is the customer's consent for {draft.RepresentativeName} to act for them recorded?", cancellationToken)
            : SkipAsync(step, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is bool consent)
        {
            draft.RepresentativeConsent = consent;
            draft.Answer(AnswerKeys.Consent);
            if (!consent)
                await SayAsync(step, $"Noted: no consent yet. Get the customer's consent before sharing any details of the case with {draft.RepresentativeName}.", cancellationToken);
        }
        return await step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskVulnerabilityAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Draft(step).ShouldAsk(AnswerKeys.Vulnerability)
            ? AskTextAsync(step, "Any vulnerability or reasonable adjustments we should know about? Type **none** if not.", "the vulnerability or adjustments", TextLimits.Note, cancellationToken)
            : SkipAsync(step, cancellationToken);

    private static Task<DialogTurnResult> RecordVulnerabilityAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.Result is string text)
        {
            draft.Vulnerability = IsNone(text) ? null : text.Trim();
            draft.Answer(AnswerKeys.Vulnerability);
        }
        return step.NextAsync(null, cancellationToken);
    }

    internal static string RepresentativeWord(string? kind) => kind switch
    {
        nameof(RepresentativeKind.MemberOfParliament) => "MP",
        nameof(RepresentativeKind.Councillor) => "councillor",
        nameof(RepresentativeKind.Advocate) => "advocate",
        nameof(RepresentativeKind.Relative) => "relative",
        _ => "representative",
    };
}
