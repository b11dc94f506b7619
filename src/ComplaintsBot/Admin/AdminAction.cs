using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Staff;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Entra;

namespace ComplaintsBot.Admin;

/// <summary>
/// The admin card's buttons: list people, open one, save their roles and line manager, refresh them from Entra ID.
/// Who clicked is read from the activity and must be an administrator now (never from the card); each change goes
/// through <see cref="StaffAdministration"/> with the clicker as the actor, so it is audited like an admin command.
/// </summary>
public sealed class AdminAction(string verb, StaffDirectory directory, StaffAdministration administration, EntraRoleSync directoryRoles) : ICardAction
{
    public const string OnlyAdmins = "Only administrators can see and change people's roles.";

    public string Verb => verb;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(ITurnContext turnContext, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(action);
        if (await AdminAsync(turnContext.Activity, directory, directoryRoles, cancellationToken) is not { } admin)
            return AdaptiveCardInvokeResponse.Error(403, "Forbidden", OnlyAdmins);
        var data = action.Data as JsonObject ?? [];
        if (verb == AdminCards.PeopleVerb)
            return Card(AdminCards.People(await administration.ListAsync(cancellationToken)));

        var people = await administration.ListAsync(cancellationToken);
        var person = Text(data, AdminCards.PersonInput) is { } id && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var personId)
            ? people.FirstOrDefault(p => p.Id == personId)
            : null;
        if (person is null) return Card(AdminCards.People(people, "Choose a person first.", problem: true));

        string? notice = null;
        var problem = false;
        try
        {
            if (verb == AdminCards.SaveVerb) notice = await SaveAsync(person, data, admin, cancellationToken);
            else if (verb == AdminCards.RefreshVerb)
            {
                var read = await directoryRoles.CurrentAsync(person, force: true, cancellationToken);
                notice = read.DirectorySyncedAt is { } at && at > (person.DirectorySyncedAt ?? DateTimeOffset.MinValue)
                    ? $"Read from Entra ID: {(read.DirectoryRoles.Count == 0 ? "no roles from groups" : string.Join(", ", read.DirectoryRoles))}."
                    : "Entra ID could not be read just now; the roles last read are kept.";
                problem = read.DirectorySyncedAt == person.DirectorySyncedAt;
            }
        }
        catch (StaffChangeRefusedException refused)
        {
            notice = refused.Message;
            problem = true;
        }
        return Card(await PersonCardAsync(person.Id, notice, problem, cancellationToken));
    }

    /// <summary>The sender as an administrator (roles refreshed from Entra ID where it is used), or null.</summary>
    public static async Task<StaffMember?> AdminAsync(Activity activity, StaffDirectory directory, EntraRoleSync directoryRoles, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } objectId) return null;
        if (await directory.FindAsync(objectId, cancellationToken) is not { } member) return null;
        member = await directoryRoles.CurrentAsync(member, cancellationToken: cancellationToken);
        return member.HasRole(StaffRoles.Admin) ? member : null;
    }

    public async Task<JsonObject> PersonCardAsync(int personId, string? notice, bool problem, CancellationToken cancellationToken)
    {
        var people = await administration.ListAsync(cancellationToken);
        var person = people.Single(p => p.Id == personId);
        var manager = person.LineManagerId is { } m ? people.FirstOrDefault(p => p.Id == m) : null;
        return AdminCards.Person(person, manager, people, administration.KnownRoles, directoryRoles.IsConfigured, notice, problem);
    }

    private async Task<string> SaveAsync(StaffMember person, JsonObject data, StaffMember admin, CancellationToken cancellationToken)
    {
        var wanted = (Text(data, AdminCards.RolesInput) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => administration.KnownRoles.FirstOrDefault(k => string.Equals(k, r, StringComparison.OrdinalIgnoreCase))
                ?? throw new StaffChangeRefusedException($"Unknown role '{r}'."))
            .ToHashSet(StringComparer.Ordinal);
        var key = person.AadObjectId;
        var changes = new List<string>();
        foreach (var role in wanted.Where(r => !person.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            await administration.GrantAsync(key, role, admin.AadObjectId, cancellationToken);
            changes.Add($"+{role}");
        }
        foreach (var role in person.Roles.Where(r => !wanted.Contains(r)).Order(StringComparer.Ordinal).ToList())
        {
            await administration.RevokeAsync(key, role, admin.AadObjectId, cancellationToken);
            changes.Add($"-{role}");
        }
        if (!directoryRoles.IsConfigured && Text(data, AdminCards.LineManagerInput) is { } managerKey)
        {
            var manager = managerKey == AdminCards.NoLineManager ? null : managerKey;
            var before = person.LineManagerId;
            var after = await administration.SetLineManagerAsync(key, manager, admin.AadObjectId, cancellationToken);
            if (after.LineManagerId != before) changes.Add(manager is null ? "no line manager" : "new line manager");
        }
        return changes.Count == 0 ? "Nothing to change." : $"Saved for {person.DisplayName}: {string.Join(", ", changes)}.";
    }

    private static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static AdaptiveCardInvokeResponse Card(JsonObject card) => AdaptiveCardInvokeResponse.Card(card);
}
