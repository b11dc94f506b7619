using ComplaintsBot.Cli;
using ComplaintsBot.Hosting;

// `dotnet run --project src/ComplaintsBot -- policy check wch`: admin commands run and exit without the web host.
if (AdminCli.IsCommand(args)) return AdminCli.RunInConsole(args);

try
{
    var builder = WebApplication.CreateBuilder(HostConfiguration.WebOptions(args));
    builder.Services.AddComplaintsBot(builder.Configuration);

    var app = builder.Build();
    await app.UseComplaintsBotAsync();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupFailure.IsExpected(e))
{
    // A setting, the database or the port: one line naming it, and an exit status a service manager can act on.
    await Console.Error.WriteLineAsync($"ComplaintsBot cannot start: {StartupFailure.OneLine(e)}");
    return StartupFailure.ExitCode;
}

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
