using ComplaintsBot.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.Tests.Hosting;

/// <summary>
/// A setting under the app's sections that nothing reads (a misspelt key, or the old Policies:Folder) is reported when
/// the host starts, as the admin commands print it (PolicyCommandTests): a wrong key must not silently leave a landlord
/// on the Code.
/// </summary>
public sealed class SettingsCheckStartupTests
{
    [Fact]
    public async Task The_host_logs_a_warning_at_start_up_for_each_setting_nothing_reads()
    {
        using var data = new TempFolder();
        var logs = new HostLogSink();
        await using var host = new BotHost(data.Path,
            new Dictionary<string, string> { ["ComplaintsBot:ActivPolicy"] = "wch", ["Policies:Folder"] = data.Path },
            services => services.AddSingleton<ILoggerProvider>(logs));

        using var client = host.CreateClient(); // starts the host

        var warnings = logs.Lines.Where(l => l.StartsWith("Warning ", StringComparison.Ordinal)).ToList();
        Assert.Contains(warnings, l => l.Contains("The setting ComplaintsBot:ActivPolicy is not one ComplaintsBot reads; under ComplaintsBot it reads", StringComparison.Ordinal)
            && l.Contains("ActivePolicy", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("The setting Policies:Folder is not read; the bot and its commands read ComplaintsBot:PoliciesFolder.", StringComparison.Ordinal));
        // The bot still starts, on the active policy its settings do name (the default), and says which.
        Assert.Contains(logs.Lines, l => l.Contains("Active policy: hoc-2024", StringComparison.Ordinal));
    }
}
