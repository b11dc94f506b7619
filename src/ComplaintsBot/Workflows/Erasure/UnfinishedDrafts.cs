using System.Text.Json;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.Erasure;

/// <summary>One piece of the bot's saved conversation state that mentions the customer: whose work it is, and when it last changed.</summary>
/// <param name="TypedBy">The member of staff whose chat with the bot holds it (their name), or what is known of them.</param>
public sealed record UnfinishedDraft(string TypedBy, DateTimeOffset LastChanged);

/// <summary>
/// Finds work staff have not finished in the bot (a contact being logged, a form half filled: the dialog state the
/// bot saves after every turn, table BotState) that mentions a customer by name or tenancy reference. Erasure does not
/// change it: it is the officer's unfinished work, possibly a new contact from the same customer, and rewriting it
/// would make them save a case about nobody. It tells the person erasing who has such drafts, so they can ask each
/// to finish (the contact becomes a case, kept while it is open) or abandon it. docs/records.md says why.
/// </summary>
public sealed class UnfinishedDrafts(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>The drafts whose text mentions any of <paramref name="mentions"/> (whole words, any case), oldest first.</summary>
    public async Task<List<UnfinishedDraft>> MentioningAsync(IReadOnlyCollection<string> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var patterns = mentions.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(m => new Regex($@"(?<!\w){Regex.Escape(m)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        if (patterns.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BotState.AsNoTracking().Select(r => new { r.Key, r.Json, r.UpdatedAt }).ToListAsync(cancellationToken);
        var found = rows.Where(r => Strings(r.Json).Any(text => patterns.Any(p => p.IsMatch(text)))).OrderBy(r => r.UpdatedAt).ToList();
        if (found.Count == 0) return [];

        var references = await db.ConversationReferences.AsNoTracking()
            .Select(r => new { r.ConversationId, r.ChannelUserId, r.UserAadObjectId }).ToListAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().Select(s => new { s.AadObjectId, s.DisplayName }).ToListAsync(cancellationToken);
        var names = staff.ToDictionary(s => s.AadObjectId, s => s.DisplayName, StringComparer.Ordinal);
        string Who(string key)
        {
            var (conversation, user) = Parse(key);
            var people = references
                .Where(r => (user is not null && r.ChannelUserId == user) || (user is null && conversation is not null && r.ConversationId == conversation))
                .Select(r => r.UserAadObjectId is { } id && names.TryGetValue(id, out var name) ? name : null)
                .OfType<string>().Distinct().ToList();
            return people.Count > 0 ? string.Join(" or ", people) : "a member of staff the bot cannot name";
        }
        return [.. found.Select(r => new UnfinishedDraft(Who(r.Key), r.UpdatedAt))];
    }

    // "msteams/conversations/{conversation}" (the dialog stack), ".../users/{user}" (a person's state in it), "msteams/users/{user}".
    private static (string? Conversation, string? User) Parse(string key)
    {
        string? conversation = null, user = null;
        var at = key.IndexOf("/conversations/", StringComparison.Ordinal);
        var usersAt = key.IndexOf("/users/", StringComparison.Ordinal);
        if (usersAt >= 0) user = key[(usersAt + "/users/".Length)..];
        if (at >= 0)
        {
            var start = at + "/conversations/".Length;
            var end = usersAt > start ? usersAt : key.Length;
            conversation = key[start..end];
        }
        return (conversation, user);
    }

    // Every string in the saved JSON, as the dialog holds it (escapes undone, so O'Neill is found as typed).
    private static IEnumerable<string> Strings(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            yield break;
        }
        using (document)
        {
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        yield return element.GetString()!;
                        break;
                    case JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject()) pending.Push(property.Value);
                        break;
                    case JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray()) pending.Push(item);
                        break;
                }
            }
        }
    }
}
