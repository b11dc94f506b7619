using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Sla;
using ComplaintsBot.Workflows.Reminders;

namespace ComplaintsBot.Tests.Workflows.Reminders;

/// <summary>Records each reminder sent, at the fake clock's time; people not in <see cref="Reachable"/> have not installed the app.</summary>
public sealed class RecordingReminderSender(TimeProvider clock) : IReminderSender
{
    private readonly List<SentReminder> _sent = [];
    private int _ids;

    public HashSet<string> Reachable { get; } = new(StringComparer.Ordinal);
    /// <summary>Runs before each send; a test makes it throw to fail sends or to kill the monitor mid-sweep.</summary>
    public Action<ReminderMessage>? BeforeSend { get; set; }

    public IReadOnlyList<SentReminder> Sent { get { lock (_sent) return [.. _sent]; } }

    public Task<string?> SendAsync(StaffMember recipient, ReminderMessage message, CancellationToken cancellationToken)
    {
        BeforeSend?.Invoke(message);
        if (!Reachable.Contains(recipient.AadObjectId))
            throw new RecipientUnreachableException($"{recipient.DisplayName} has not installed the app.");
        lock (_sent)
        {
            _sent.Add(new SentReminder(clock.GetUtcNow(), recipient.AadObjectId, message.Window, message.About, message.Reminder));
            return Task.FromResult<string?>($"msg-{Interlocked.Increment(ref _ids)}");
        }
    }
}

public sealed record SentReminder(DateTimeOffset At, string To, ReminderWindow Window, string About, string Key = "")
{
    public override string ToString() => $"{At:ddd dd MMM HH:mm} {To} {Window} {About}";
}
