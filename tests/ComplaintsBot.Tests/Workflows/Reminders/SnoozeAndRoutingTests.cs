using System.Text.Json.Nodes;
using ComplaintsBot.Bot.Proactive;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Workflows.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>The hoc-2024 case of <see cref="ReminderDeliveryTests"/>: acknowledgement due Tue 8 Dec 2026, warning sent Fri 4 Dec 08:00.</summary>
public sealed class SnoozeAndRoutingTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WarningMorning = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static async Task<(ReminderTestHost Host, StaffMember Owner, StaffMember Manager, StaffMember Other)> WarningSentAsync()
    {
        var host = await ReminderTestHost.CreateAsync(Received);
        var manager = await host.AddStaffAsync("aad-mina", "Mina Manager", null, StaffRoles.Manager);
        var owner = await host.AddStaffAsync("aad-olu", "Olu Officer", manager, StaffRoles.Officer);
        var other = await host.AddStaffAsync("aad-priya", "Priya Shah", null, StaffRoles.Officer);
        host.Sender.Reachable.UnionWith(["aad-mina", "aad-olu", "aad-priya"]);
        await host.OpenComplaintAsync("hoc-2024", Received, owner);
        host.Clock.SetUtcNow(WarningMorning.AddMinutes(10));
        await host.Sweep.RunOnceAsync();
        Assert.Single(host.Sender.Sent);
        return (host, owner, manager, other);
    }

    private static Task<AdaptiveCardInvokeResponse> ClickSnoozeAsync(ReminderTestHost host, string clickerAadId, string? until = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            ReplyToId = "msg-1", // the message the reminder card was sent in
            From = new ChannelAccount("29:" + clickerAadId, aadObjectId: clickerAadId),
            Conversation = new ConversationAccount(id: "a:1"),
        };
        var data = new JsonObject { ["caseId"] = "1", ["version"] = 1 };
        if (until is not null) data["until"] = until;
        var action = new AdaptiveCardInvokeAction { Type = AdaptiveCardInvokeAction.ExecuteType, Verb = SnoozeReminderAction.VerbName, Data = data };
        var snooze = host.Services.GetServices<global::ComplaintsBot.CardActions.ICardAction>().OfType<SnoozeReminderAction>().Single();
        return snooze.ExecuteAsync(new TurnContext(new TestAdapter(), activity), action, CancellationToken.None);
    }

    private static async Task SweepUntilAsync(ReminderTestHost host, DateTimeOffset end)
    {
        for (var at = host.Clock.GetUtcNow(); at <= end; at = at.AddMinutes(30))
        {
            host.Clock.SetUtcNow(at);
            await host.Sweep.RunOnceAsync();
        }
    }

    [Fact]
    public async Task Snoozing_until_tomorrow_on_a_Friday_brings_the_reminder_back_at_0800_on_Monday()
    {
        var (host, _, _, _) = await WarningSentAsync();
        await using var _ = host;
        var response = await ClickSnoozeAsync(host, "aad-olu");
        Assert.Equal(200, response.StatusCode);

        host.Clock.SetUtcNow(WarningMorning.AddHours(1)); // sweeps on the hour and half hour from here
        await SweepUntilAsync(host, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([WarningMorning.AddMinutes(10), new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)],
            host.Sender.Sent.Where(s => s.Window == ReminderWindow.Before).Select(s => s.At));
    }

    [Fact]
    public async Task The_owners_manager_may_snooze_until_a_date_before_the_deadline()
    {
        var (host, _, _, _) = await WarningSentAsync();
        await using var _ = host;
        Assert.Equal(200, (await ClickSnoozeAsync(host, "aad-mina", "2026-12-07")).StatusCode);
        var reminder = await host.QueryAsync(db => db.Reminders.SingleAsync(r => r.Window == ReminderWindow.Before));
        Assert.Equal((ReminderState.Snoozed, new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)), (reminder.State, reminder.NotBefore));
    }

    [Fact]
    public async Task Snoozing_to_the_due_date_or_later_is_refused_with_the_deadline_named()
    {
        var (host, _, _, _) = await WarningSentAsync();
        await using var _ = host;
        var response = await ClickSnoozeAsync(host, "aad-olu", "2026-12-08");
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("before the deadline (Tue 8 Dec 2026)", response.Value!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ReminderState.Sent, (await host.QueryAsync(db => db.Reminders.SingleAsync())).State);
    }

    [Fact]
    public async Task Someone_who_is_neither_the_recipient_nor_their_manager_cannot_snooze_it()
    {
        var (host, _, _, _) = await WarningSentAsync();
        await using var _ = host;
        Assert.Equal(403, (await ClickSnoozeAsync(host, "aad-priya")).StatusCode);
        Assert.Equal(ReminderState.Sent, (await host.QueryAsync(db => db.Reminders.SingleAsync())).State);
    }

    [Fact]
    public async Task The_Teams_sender_sends_the_card_in_the_users_personal_chat_and_returns_its_message_id()
    {
        await using var host = await ReminderTestHost.CreateAsync(Received);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer");
        var references = new ConversationReferenceStore(host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), host.Clock);
        await references.SaveAsync(PersonalMessageFrom("aad-olu"), CancellationToken.None);
        var adapter = new TestAdapter();
        var sender = TeamsSender(adapter, references, host);

        var id = await sender.SendAsync(olu, new ReminderMessage("k", ReminderWindow.Before, "about", new JsonObject { ["type"] = "AdaptiveCard" }), CancellationToken.None);

        var sent = adapter.GetNextReply()!;
        Assert.Equal((id, "a:olu", Attachment.AdaptiveCardContentType), (sent.Id, sent.Conversation!.Id, sent.Attachments![0].ContentType));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_unreachable_and_their_reference_is_marked_blocked()
    {
        await using var host = await ReminderTestHost.CreateAsync(Received);
        var olu = await host.AddStaffAsync("aad-olu", "Olu Officer");
        var references = new ConversationReferenceStore(host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>(), host.Clock);
        await references.SaveAsync(PersonalMessageFrom("aad-olu"), CancellationToken.None);
        var sender = TeamsSender(new BlockedAdapter(), references, host);

        var e = await Assert.ThrowsAsync<RecipientUnreachableException>(() =>
            sender.SendAsync(olu, new ReminderMessage("k", ReminderWindow.Before, "about", []), CancellationToken.None));
        Assert.Contains("blocked", e.Message, StringComparison.Ordinal);
        Assert.Null(await references.FindPersonalAsync("aad-olu", CancellationToken.None));
        // ...and with no reference left, the next send says the app is not reachable without trying Teams.
        await Assert.ThrowsAsync<RecipientUnreachableException>(() =>
            TeamsSender(new TestAdapter(), references, host)
                .SendAsync(olu, new ReminderMessage("k", ReminderWindow.Before, "about", []), CancellationToken.None));
    }

    private static Activity PersonalMessageFrom(string aadObjectId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/uk/",
        From = new ChannelAccount("29:olu", "Olu Officer", aadObjectId: aadObjectId),
        Recipient = new ChannelAccount("28:bot", "ComplaintsBot"),
        Conversation = new ConversationAccount(conversationType: "personal", id: "a:olu", tenantId: "tenant-1"),
        Text = "hi",
    };

    private sealed class BlockedAdapter : TestAdapter
    {
        public override Task ContinueConversationAsync(string? botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
            throw new MessageWritesBlockedException(MessageWritesBlockedException.MessageWritesBlocked, null, null, "SendToConversation");
    }

    private static TeamsReminderSender TeamsSender(BotAdapter adapter, ConversationReferenceStore references, ReminderTestHost host) =>
        new(adapter, new CardMessenger(references, host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>(),
            Options.Create(new BotFrameworkOptions()), host.Clock, NullLogger<CardMessenger>.Instance));
}
