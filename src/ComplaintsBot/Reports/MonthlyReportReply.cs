using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Reports;

/// <summary>The services <see cref="ReportCommand"/> needs, gathered for MainDialog's `report` branch.</summary>
public sealed class MonthlyReportReply(StaffDirectory staff, ComplaintsReportBuilder reports, IOptions<ReportOptions> options, TimeProvider clock)
{
    public Task<Activity> ForAsync(Activity message, CancellationToken cancellationToken) =>
        ReportCommand.ReplyAsync(message, staff, reports, options.Value.Homes, clock, cancellationToken);
}
