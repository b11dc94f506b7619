using ComplaintsBot.Cli;

// `dotnet run --project src/ComplaintsBot -- policy check wch`: admin commands run and exit without the web host.
if (AdminCli.IsCommand(args)) return AdminCli.RunInConsole(args);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
