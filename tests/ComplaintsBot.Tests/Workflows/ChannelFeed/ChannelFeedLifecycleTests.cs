using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.ChannelFeed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.ChannelFeed;

/// <summary>
/// What the complaints team sees in the feed channel as a complaint moves: one card per complaint, replaced in place (a PUT
/// on the message the card was posted as) when it is acknowledged, extended, responded to, escalated, overdue and closed;
/// a missed deadline told once, as a reply in that card's thread; the card's button opening the case for those allowed.
/// </summary>
public sealed class ChannelFeedLifecycleTests : IAsyncLifetime
{
    // Mon 7 Dec 2026 09:30 in London (GMT).
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    private FeedHost _feed = null!;
    private StaffMember _admin = null!;
    private StaffMember _officer = null!;
    private StaffMember _lead = null!;

    public async Task InitializeAsync()
    {
        _feed = FeedHost.Start(Now);
        _admin = await _feed.AdminAsync();
        _lead = await _feed.Host.StaffAsync("Lena Lead", [StaffRoles.Manager]);
        _officer = await _feed.Host.StaffAsync("Olive Hart", [StaffRoles.Officer], _lead);
        await _feed.SetFeedAsync(_admin);
        _feed.Connector.Clear();
    }

    public async Task DisposeAsync() => await _feed.DisposeAsync();

    private DateTimeOffset Clock => _feed.Host.Clock.GetUtcNow();

    private Task<Case> ChangeAsync(Case @case, Action<Case> change) => _feed.Host.ChangeAsync(@case, change);

    private CaseDeadline Deadline(Case @case, DeadlineKind kind)
    {
        var deadlines = _feed.Services.GetRequiredService<CaseDeadlines>();
        return deadlines.Now(@case, deadlines.PolicyOf(@case)).Find(kind)!.Value;
    }

    /// <summary>Logs a complaint and lets the feed post it: the card's message id.</summary>
    private async Task<(Case Case, string CardId)> PostedComplaintAsync()
    {
        var complaint = await _feed.LogAsync(ContactKind.Complaint, _officer);
        await _feed.SweepAsync();
        return (complaint, Assert.Single(_feed.Posts).AnsweredId);
    }

    /// <summary>Runs a sweep and returns the one update it made to the card, which must be in place.</summary>
    private async Task<JsonObject> UpdatedCardAsync(string cardId)
    {
        var before = _feed.UpdatesOf(cardId).Count;
        var result = await _feed.SweepAsync();
        Assert.Equal(1, result.Updated);
        Assert.Equal(0, result.Posted);
        var updates = _feed.UpdatesOf(cardId);
        Assert.Equal(before + 1, updates.Count);
        var update = updates[^1];
        // In place: the same message, in the card's own thread.
        Assert.Equal($"/v3/conversations/{FeedHost.Channel};messageid={cardId}/activities/{cardId}", update.Path);
        Assert.Equal(cardId, (string?)update.Body!["id"]);
        return update.Card!;
    }

    private static string Text(JsonObject card) => card.ToJsonString();

    [Fact]
    public async Task The_card_is_updated_in_place_as_the_complaint_is_acknowledged_extended_answered_escalated_and_closed()
    {
        var (complaint, cardId) = await PostedComplaintAsync();
        var policy = _feed.Services.GetRequiredService<CaseDeadlines>().PolicyOf(complaint);

        complaint = await ChangeAsync(complaint, c => c.Acknowledge(Clock));
        var acknowledged = await UpdatedCardAsync(cardId);
        Assert.Contains("Acknowledged, awaiting response", Text(acknowledged), StringComparison.Ordinal);
        Assert.Equal(0, (await _feed.SweepAsync()).Updated); // nothing changed: not sent again

        complaint = await ChangeAsync(complaint, c => c.RequestExtension(_officer.Id, Clock, 5, "The surveyor's report is not back yet.", customerAgreed: true));
        Assert.Contains("Extension awaiting decision", Text(await UpdatedCardAsync(cardId)), StringComparison.Ordinal);
        var extensionId = complaint.Stage(1)!.PendingExtension!.Id;
        complaint = await ChangeAsync(complaint, c => c.DecideExtension(extensionId, true, _lead.Id, Clock, null));
        var extended = Text(await UpdatedCardAsync(cardId));
        Assert.Contains(CardDates.Day(Deadline(complaint, DeadlineKind.Stage1Response).DueDate), extended, StringComparison.Ordinal);
        Assert.Contains("Acknowledged, awaiting response", extended, StringComparison.Ordinal);

        complaint = await ChangeAsync(complaint, c => c.RecordResponse(new StageResponse(Clock, StageOutcome.NotUpheld, "The repair was booked in time.", null, null, null)));
        Assert.Contains("Stage 1 response sent", Text(await UpdatedCardAsync(cardId)), StringComparison.Ordinal);

        complaint = await ChangeAsync(complaint, c => c.Escalate(Clock, policy.Stages.Count, _lead.Id));
        var escalated = Text(await UpdatedCardAsync(cardId));
        Assert.Contains(policy.Stage(2).Name, escalated, StringComparison.Ordinal);
        Assert.Contains("Awaiting acknowledgement", escalated, StringComparison.Ordinal);
        Assert.Contains("Lena Lead", escalated, StringComparison.Ordinal); // the stage 2 owner

        complaint = await ChangeAsync(complaint, c =>
        {
            c.Acknowledge(Clock);
            c.RecordResponse(new StageResponse(Clock, StageOutcome.NotUpheld, "The review found the repair was booked in time.", null, null, null));
        });
        Assert.Contains($"{policy.Stage(2).Name} response sent", Text(await UpdatedCardAsync(cardId)), StringComparison.Ordinal);

        complaint = await ChangeAsync(complaint, c => c.Close(Clock));
        Assert.Contains("Closed", Text(await UpdatedCardAsync(cardId)), StringComparison.Ordinal);

        // One message for the whole life of the complaint; every change replaced it.
        Assert.Single(_feed.Posts);
        Assert.Equal(7, _feed.UpdatesOf(cardId).Count);
        Assert.All(_feed.UpdatesOf(cardId), u => Assert.Contains(complaint.Reference.ToString(), u.Attachments, StringComparison.Ordinal));
        Assert.Empty(_feed.ThreadReplies(cardId));
    }

    [Fact]
    public async Task A_missed_deadline_is_told_once_as_a_reply_in_the_cards_thread_and_the_card_shows_it_overdue()
    {
        var (complaint, cardId) = await PostedComplaintAsync();
        var acknowledgement = Deadline(complaint, DeadlineKind.Stage1Acknowledge);

        _feed.Host.Clock.Advance(acknowledgement.Due - Clock + TimeSpan.FromMinutes(1));
        var result = await _feed.SweepAsync();

        Assert.Equal(1, result.Replied);
        var reply = Assert.Single(_feed.ThreadReplies(cardId));
        Assert.StartsWith("**Deadline missed**: the stage 1 acknowledgement", reply.Text, StringComparison.Ordinal);
        Assert.Contains(complaint.Reference.ToString(), reply.Text, StringComparison.Ordinal);
        Assert.Contains(CardDates.Day(acknowledgement.DueDate), reply.Text, StringComparison.Ordinal);
        Assert.Contains("Olive Hart holds the case", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, result.Updated);
        var overdue = _feed.UpdatesOf(cardId)[^1];
        Assert.Contains("Overdue", overdue.Attachments, StringComparison.Ordinal);
        Assert.Equal("attention", (string?)overdue.Card!["body"]![0]!["style"]);

        // Later sweeps, the next day included, say nothing more about the same breach.
        await _feed.SweepAsync();
        _feed.Host.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await _feed.SweepAsync();
        Assert.Equal(0, nextDay.Replied + nextDay.Updated);
        Assert.Single(_feed.ThreadReplies(cardId));
        Assert.Single(_feed.Posts);

        // Acknowledged late, then the response is missed too: a second breach, a second reply in the same thread.
        complaint = await ChangeAsync(complaint, c => c.Acknowledge(Clock));
        await _feed.SweepAsync();
        var response = Deadline(complaint, DeadlineKind.Stage1Response);
        _feed.Host.Clock.Advance(response.Due - Clock + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await _feed.SweepAsync()).Replied);
        Assert.Equal(2, _feed.ThreadReplies(cardId).Count);
        Assert.StartsWith("**Deadline missed**: the stage 1 response", _feed.ThreadReplies(cardId)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cards_button_sends_the_case_to_the_clickers_own_chat_and_someone_it_is_hidden_from_learns_nothing()
    {
        var (complaint, cardId) = await PostedComplaintAsync();
        var outsider = await _feed.Host.StaffAsync("Omar Other", [StaffRoles.Officer]);
        var inChannel = new ConversationAccount { Id = $"{FeedHost.Channel};messageid={cardId}", ConversationType = "channel", IsGroup = true, TenantId = "tenant-1" };
        _feed.Connector.Clear();

        var allowed = await _feed.Host.ClickAsync(_lead, FeedCard.OpenVerb, complaint.Id, complaint.Version, replyToId: cardId, conversation: inChannel);
        var hidden = await _feed.Host.ClickAsync(outsider, FeedCard.OpenVerb, complaint.Id, complaint.Version, replyToId: cardId, conversation: inChannel);

        Assert.Equal(AdaptiveCardInvokeResponse.MessageContentType, (string?)allowed["type"]);
        Assert.Equal($"{complaint.Reference} is in your chat with me.", (string?)allowed["value"]);
        var sent = Assert.Single(_feed.Connector.Replies(LifecycleHost.PersonalChat(_lead)));
        Assert.True(sent.Shows("Mrs Jo O")); // the full case card, customer included, in the manager's own chat
        InvokeAssert.Error(hidden, 404, "NotFound");
        Assert.Empty(_feed.Connector.Replies(LifecycleHost.PersonalChat(outsider)));
        Assert.Empty(_feed.UpdatesOf(cardId)); // the feed card stays as it is for everyone
        Assert.Equal(1, await _feed.QueryAsync(db => db.AuditEntries.CountAsync(e => e.CaseId == complaint.Id && e.Action == CaseAuditActions.Viewed && e.Actor == _lead.AadObjectId)));
    }
}
