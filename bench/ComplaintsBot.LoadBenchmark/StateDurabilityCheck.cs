using System.Text.Json;
using ComplaintsBot.BotFramework.Builder;
using Microsoft.Data.Sqlite;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>
/// After the host has stopped, reads the SQLite file on a fresh connection: one BotState row per
/// conversation, every ETag distinct, each row's state "completed" with an empty dialog stack, and the
/// redelivery record holding all five message ids in order (each turn's write added one).
/// </summary>
public static class StateDurabilityCheck
{
    public sealed record Outcome(int Rows, int DistinctETags, int Completed, int AllTurnsRecorded, List<string> Problems);

    public static Outcome Run(string sqlitePath, IReadOnlyCollection<SentConversation> conversations)
    {
        var expected = conversations.ToDictionary(c => c.StorageKey, StringComparer.Ordinal);
        var problems = new List<string>();
        var etags = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0, completed = 0, allTurns = 0;

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Key\", \"Json\", \"ETag\" FROM \"BotState\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows++;
            var key = reader.GetString(0);
            etags.Add(reader.GetString(2));
            if (!expected.TryGetValue(key, out var conversation))
            {
                problems.Add($"unexpected state row {key}");
                continue;
            }

            using var json = JsonDocument.Parse(reader.GetString(1));
            var state = json.RootElement;
            if (state.TryGetProperty(ConversationStatus.PropertyName, out var status) && status.GetString() == ConversationStatus.Completed
                && (!state.TryGetProperty("DialogState", out var dialogs) || dialogs.GetProperty("dialogStack").GetArrayLength() == 0))
                completed++;
            else if (problems.Count < 10)
                problems.Add($"{key} is not completed: {state}");

            var ids = state.TryGetProperty(RedeliveryGuardMiddleware.PropertyName, out var recorded)
                ? recorded.EnumerateArray().Select(id => long.TryParse(id.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray()
                : [];
            if (ids.SequenceEqual(conversation.ActivityIds)) allTurns++;
            else if (problems.Count < 10) problems.Add($"{key} recorded turns [{string.Join(",", ids)}], expected [{string.Join(",", conversation.ActivityIds)}]");
        }

        if (rows != expected.Count) problems.Add($"{rows} state rows for {expected.Count} conversations");
        return new Outcome(rows, etags.Count, completed, allTurns, problems);
    }
}
