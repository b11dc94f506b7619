using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Workflows.Reminders;

namespace ComplaintsBot.ReminderBenchmark;

/// <summary>Counts sends instead of calling Teams, so the figures are the monitor's own.</summary>
internal sealed class NullReminderSender : IReminderSender
{
    private int _sent;

    public int Sent => _sent;

    public Task<string?> SendAsync(StaffMember recipient, ReminderMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<string?>($"bench-{Interlocked.Increment(ref _sent)}");
}
