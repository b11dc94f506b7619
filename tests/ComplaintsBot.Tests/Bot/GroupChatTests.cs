using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

using ComplaintsBot.Tests.Hosting;

namespace ComplaintsBot.Tests.Bot;

/// <summary>The real host in a group chat: each member's answers go to their own dialog.</summary>
public sealed class GroupChatTests : HostTestBase
{
    protected override void Override(IServiceCollection services) => TwoQuestionDialog.ReplaceMainDialog(services);

    [Fact]
    public async Task Two_people_answering_in_one_group_chat_each_get_their_own_questions_and_answers()
    {
        await Host.PostActivityAsync(InGroup(Teams.Message("start"), "29:alex"));
        await Host.PostActivityAsync(InGroup(Teams.Message("start"), "29:sam"));
        await Host.PostActivityAsync(InGroup(Teams.Message("alex-1"), "29:alex"));
        await Host.PostActivityAsync(InGroup(Teams.Message("sam-1"), "29:sam"));
        await Host.PostActivityAsync(InGroup(Teams.Message("sam-2"), "29:sam"));
        await Host.PostActivityAsync(InGroup(Teams.Message("alex-2"), "29:alex"));

        Assert.Equal(
        [
            TwoQuestionDialog.FirstQuestion, TwoQuestionDialog.FirstQuestion,
            TwoQuestionDialog.SecondQuestion, TwoQuestionDialog.SecondQuestion,
            TwoQuestionDialog.Summary("sam-1", "sam-2"), TwoQuestionDialog.Summary("alex-1", "alex-2"),
        ], Channel.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task A_draft_kept_for_the_whole_personal_chat_before_drafts_were_per_person_carries_on()
    {
        await Host.PostActivityAsync(Teams.Message("start"));
        await Host.PostActivityAsync(Teams.Message("red"));
        // As an older version stored it: the dialog under the conversation, none under the person.
        await using (var db = await Host.GetService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsBot.Cases.Store.CasesDbContext>>().CreateDbContextAsync())
        {
            var personal = db.BotState.AsEnumerable().Single(r => r.Key.Contains("/users/", StringComparison.Ordinal) && r.Key.Contains("/conversations/", StringComparison.Ordinal));
            var shared = db.BotState.AsEnumerable().Single(r => !r.Key.Contains("/users/", StringComparison.Ordinal) && r.Key.Contains("/conversations/", StringComparison.Ordinal));
            var sharedJson = JsonNode.Parse(shared.Json)!.AsObject();
            sharedJson["DialogState"] = JsonNode.Parse(personal.Json)!["DialogState"]!.DeepClone();
            shared.Json = sharedJson.ToJsonString();
            db.BotState.Remove(personal);
            await db.SaveChangesAsync();
        }

        await Host.PostActivityAsync(Teams.Message("green"));

        Assert.Equal(TwoQuestionDialog.Summary("red", "green"), Channel.Calls[^1].Text);
    }

    private static JsonObject InGroup(JsonObject activity, string userId)
    {
        activity["conversation"] = new JsonObject { ["id"] = "19:group-chat@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TeamsActivities.TenantId };
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = userId, ["aadObjectId"] = "aad-" + userId[3..] };
        return activity;
    }
}
