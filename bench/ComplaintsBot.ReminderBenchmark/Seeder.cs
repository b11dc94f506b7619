using System.Globalization;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Cases.Time;
using Microsoft.Data.Sqlite;

namespace ComplaintsBot.ReminderBenchmark;

/// <summary>
/// Writes open hoc-2024 complaints straight into the SQLite file (one prepared INSERT in one transaction),
/// each with its acknowledgement deadline row as <see cref="CaseDeadlineIndex"/> would write it, the due
/// dates spread evenly over <paramref name="spreadWorkingDays"/> working days from the day before "now".
/// Every row is left as a sweep just before "now" would have left it.
/// </summary>
internal static class Seeder
{
    public static void Seed(string databasePath, int cases, int spreadWorkingDays, Policy policy, DateTimeOffset now, int ownerIds)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var windows = new ReminderWindows(calendar);
        var calculator = new DeadlineCalculator(calendar);
        var today = LondonTime.DateOf(now);
        var previousSweep = now.AddHours(-1); // the warm-up sweep's moment, before midnight

        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insertCase = connection.CreateCommand();
        insertCase.Transaction = transaction;
        insertCase.CommandText = """
            INSERT INTO Cases (Id, Reference, PolicyId, CategoryId, Kind, Status, CurrentStage, CustomerName, CustomerIsAnonymous,
                CustomerRelationship, Channel, ReceivedAt, Description, OwnerId, SafeguardingConcern, HealthAndSafetyConcern,
                EscalationWindowExtended, Version)
            VALUES ($id, $reference, 'hoc-2024', 'complaint', 'Complaint', 'Open', 1, $customer, 0,
                'Tenant', 'Phone', $received, 'The boiler has failed three times since October.', $owner, 0, 0, 0, 1)
            """;
        var id = insertCase.Parameters.Add("$id", SqliteType.Integer);
        var reference = insertCase.Parameters.Add("$reference", SqliteType.Text);
        var customer = insertCase.Parameters.Add("$customer", SqliteType.Text);
        var received = insertCase.Parameters.Add("$received", SqliteType.Integer);
        var owner = insertCase.Parameters.Add("$owner", SqliteType.Integer);

        using var insertRow = connection.CreateCommand();
        insertRow.Transaction = transaction;
        insertRow.CommandText = """
            INSERT INTO CaseDeadlines (CaseId, Kind, Due, DueDate, Provisional, NextReminderAt)
            VALUES ($case, $kind, $due, $dueDate, $provisional, $next)
            """;
        var rowCase = insertRow.Parameters.Add("$case", SqliteType.Integer);
        var kind = insertRow.Parameters.Add("$kind", SqliteType.Text);
        var due = insertRow.Parameters.Add("$due", SqliteType.Integer);
        var dueDate = insertRow.Parameters.Add("$dueDate", SqliteType.Text);
        var provisional = insertRow.Parameters.Add("$provisional", SqliteType.Integer);
        var next = insertRow.Parameters.Add("$next", SqliteType.Integer);
        insertCase.Prepare();
        insertRow.Prepare();

        for (var n = 1; n <= cases; n++)
        {
            var dueDay = calendar.AddWorkingDays(today, (n % spreadWorkingDays) - 1);
            var receivedAt = LondonTime.AtLondon(calendar.AddWorkingDays(dueDay, -5), new TimeOnly(10, 0));
            id.Value = n;
            // A sequence runs to 99,999 per prefix and year, so each block of that many gets a prefix of its own.
            var block = (n - 1) / 99_999;
            var prefix = $"HC{(char)('A' + block / 26)}{(char)('A' + block % 26)}";
            reference.Value = new CaseReference(prefix, LondonTime.DateOf(receivedAt).Year, (n - 1) % 99_999 + 1).ToString();
            customer.Value = $"Customer {n}";
            received.Value = receivedAt.UtcTicks;
            owner.Value = 2 + (n % ownerIds);
            insertCase.ExecuteNonQuery();

            var timeline = new CaseTimeline { Track = CaseTrack.Complaint, Received = receivedAt };
            foreach (var deadline in calculator.Compute(policy, timeline, previousSweep))
            {
                if (deadline.Kind == DeadlineKind.EscalationWindow) continue;
                rowCase.Value = n;
                kind.Value = deadline.Kind.Name();
                due.Value = deadline.Due.UtcTicks;
                dueDate.Value = deadline.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                provisional.Value = deadline.Provisional ? 1 : 0;
                next.Value = deadline.Provisional || windows.NextAfter(policy, deadline.Due, deadline.DueDate, previousSweep) is not { } at
                    ? DBNull.Value
                    : at.UtcTicks;
                insertRow.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }
}
