using ComplaintsBot.Cli;
using ComplaintsBot.Hosting;

// `dotnet run --project src/ComplaintsBot -- policy check wch`: admin commands run and exit without the web host.
if (AdminCli.IsCommand(args)) return AdminCli.RunInConsole(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddComplaintsBot(builder.Configuration);

var app = builder.Build();
await app.UseComplaintsBotAsync();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
