using ComplaintsBot.CardActions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Reminders;

public static class SlaReminderServiceCollectionExtensions
{
    /// <summary>
    /// The SLA monitor (a hosted service sweeping every Reminders:SweepInterval), its Teams sender and the
    /// snoozeReminder card action. Needs the case store, a <see cref="PolicyCatalog"/> and a <see cref="DeadlineCalculator"/>.
    /// </summary>
    public static IServiceCollection AddSlaReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var hours = provider.GetRequiredService<IOptions<ReminderOptions>>().Value.WorkingHours;
            return new WorkingHours(provider.GetRequiredService<DeadlineCalculator>().Calendar, hours.Start, hours.End);
        });
        services.TryAddCaseDeadlines();
        services.TryAddSingleton<ReminderCards>();
        services.TryAddSingleton<IReminderSender, TeamsReminderSender>();
        services.TryAddSingleton(provider => new ReminderPlanner(
            provider.GetRequiredService<IDbContextFactory<CasesDbContext>>(),
            provider.GetRequiredService<CaseDeadlines>(),
            provider.GetRequiredService<DeadlineCalculator>(),
            provider.GetRequiredService<WorkingHours>(),
            provider.GetRequiredService<IOptions<ReminderOptions>>().Value.BatchSize,
            provider.GetRequiredService<IOptions<ReminderOptions>>().Value.MaxPlannedPerSweep));
        services.TryAddSingleton(provider => ActivatorUtilities.CreateInstance<ReminderDispatcher>(provider,
            provider.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.TryAddSingleton<SlaSweep>();
        services.AddHostedService<SlaMonitor>();
        services.AddSingleton<ICardAction, SnoozeReminderAction>();
        return services;
    }
}
