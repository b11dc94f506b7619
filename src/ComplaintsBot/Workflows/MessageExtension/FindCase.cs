using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cards.Templating;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.CaseCard;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.MessageExtension;

/// <summary>
/// The compose-box search (<c>composeExtension/query</c>): cases by reference, tenancy reference or customer name, only
/// those the person may see (<see cref="CaseAccess"/>, as in chat), each as its case card to insert into the
/// conversation. Opening the search with nothing typed lists the person's own open cases. Each case shown is recorded
/// in its audit trail as a view, at most once per person per half hour however often the search runs as they type.
/// </summary>
public sealed class FindCase(
    CaseReplies replies,
    IDbContextFactory<CasesDbContext> contexts,
    CaseService cases,
    CaseAccess access,
    CaseDeadlines deadlines,
    CaseCardView caseCard,
    StaffDirectory directory,
    OpenCases openCases)
{
    /// <summary>The command's id in the manifest, and its one parameter.</summary>
    public const string CommandId = "findCase";
    public const string SearchParameter = "searchText";

    /// <summary>Teams shows at most 25 results a page.</summary>
    public const int PageSize = 25;

    // Candidates read before the access check: a name search finds at most this many, newest first.
    private const int Candidates = 200;

    public async Task<MessagingExtensionResponse> QueryAsync(ITurnContext context, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var me = await replies.SenderAsync(context, cancellationToken);
        if (me.EffectiveRoles().Count == 0) return Message(CaseReplies.NotOnStaffList);
        var text = query.Parameters?.FirstOrDefault(p => p.Name == SearchParameter)?.Value?.ToString()?.Trim() ?? "";
        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? PageSize, 1, PageSize);

        // A fixed number of queries however many cases match: the candidates, then all of them at once with their
        // children, the staff list for the access rule (only if needed), their owners, and the views in one save.
        var candidates = await cases.FindManyAsync(await CandidatesAsync(text, me, cancellationToken), cancellationToken);
        var shown = (await access.VisibleAsync(candidates, deadlines.PolicyOf, me, cancellationToken)).Skip(skip).Take(count).ToList();
        await access.RecordViewsAsync(shown, me, "case search", cancellationToken, automaticRefresh: true);
        var owners = await directory.FindManyAsync(shown.Select(c => c.OwnerId).OfType<int>(), cancellationToken);
        var attachments = shown.Select(c => Result(c, c.OwnerId is { } ownerId ? owners.GetValueOrDefault(ownerId) : null, me)).ToList();
        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult { Type = MessagingExtensionResult.ResultType, AttachmentLayout = "list", Attachments = attachments },
        };
    }

    // The ids to check, newest first: a reference names one case; nothing typed means my open cases.
    private async Task<List<int>> CandidatesAsync(string text, StaffMember me, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
            return [.. (await openCases.OwnedByAsync(me.Id, cancellationToken)).OrderByDescending(c => c.ReceivedAt).Select(c => c.Id)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (CaseReference.TryParse(text, out var reference))
            return await db.Cases.AsNoTracking().Where(c => c.Reference == reference).Select(c => c.Id).Take(1).ToListAsync(cancellationToken);
        var lower = text.ToLowerInvariant();
        return await db.Cases.AsNoTracking()
            .Where(c => (c.Customer.Name != null && !c.Customer.IsAnonymous && c.Customer.Name.ToLower().Contains(lower))
                || c.Customer.TenancyReference == text)
            .OrderByDescending(c => c.Id)
            .Select(c => c.Id)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
    }

    private MessagingExtensionAttachment Result(Case @case, StaffMember? owner, StaffMember me)
    {
        var policy = deadlines.PolicyOf(@case);
        // No refresh list: the card goes into a conversation with others, each of whom sees it as it was inserted.
        var card = (JsonObject)caseCard.Render(@case, policy, owner?.DisplayName, me, []).Content!;
        var customer = @case.Customer.IsAnonymous ? "Anonymous" : @case.Customer.Name ?? "";
        return new MessagingExtensionAttachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = card,
            Preview = new Attachment
            {
                ContentType = MessagingExtensionAttachment.ThumbnailCardContentType,
                Content = new JsonObject
                {
                    ["title"] = @case.Reference.ToString(),
                    ["text"] = MarkdownText.Escape($"{customer}, {policy.Category(@case.CategoryId).Name}, received {CardDates.Day(@case.ReceivedAt)}"),
                },
            },
        };
    }

    private static MessagingExtensionResponse Message(string text) => new()
    {
        ComposeExtension = new MessagingExtensionResult { Type = MessagingExtensionResult.MessageType, Text = text },
    };
}
