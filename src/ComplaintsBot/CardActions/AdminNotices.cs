using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>
/// The administrators as the last resort of a request on an approval card: told, each in their own chat, about what
/// only they can put right (nobody may decide it, or nobody who may can be reached).
/// </summary>
public static class AdminNotices
{
    /// <summary>Sends <paramref name="text"/> to every administrator but <paramref name="except"/>; the names of those reached.</summary>
    public static async Task<List<string>> TellAsync(CaseActionServices services, ITurnContext turn, string text, CancellationToken cancellationToken, StaffMember? except = null)
    {
        var told = new List<string>();
        foreach (var admin in (await services.Staff.AllAsync(cancellationToken)).Where(s => s.HasRole(StaffRoles.Admin) && s.Id != except?.Id))
        {
            if (await services.Messenger.TrySendPersonalAsync(turn.Adapter, admin, MessageFactory.Text(text), cancellationToken) is not null) told.Add(admin.DisplayName);
        }
        return told;
    }

    /// <summary>The end of a requester's notice when nobody may decide: whether the administrators were told.</summary>
    public static string Told(List<string> told) =>
        told.Count > 0
            ? $"I told the administrators ({string.Join(", ", told)}) so they can give someone the role."
            : "No administrator could be reached either: ask one to give someone the role (they type admin).";
}
