using ComplaintsBot.Cases.Store;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.Hosting;

/// <summary>
/// Where the host and the admin commands read their settings from, so both see the same ones:
/// appsettings.json (and appsettings.{Environment}.json) in the content root, then environment variables.
/// </summary>
public static class HostConfiguration
{
    /// <summary>
    /// The content root: the current folder when it holds appsettings.json (`dotnet run` in the project, or a
    /// deployment started from its folder), else the executable's folder, so a host started from elsewhere
    /// (systemd, a script) still reads the appsettings.json published beside it.
    /// </summary>
    public static string ContentRoot(string currentDirectory, string executableDirectory) =>
        !File.Exists(Path.Combine(currentDirectory, "appsettings.json")) && File.Exists(Path.Combine(executableDirectory, "appsettings.json"))
            ? executableDirectory
            : currentDirectory;

    /// <summary>The web host's options: the content root above unless the command line or environment names one.</summary>
    public static WebApplicationOptions WebOptions(string[] args)
    {
        var named = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("contentRoot=", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = named ? null : ContentRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        };
    }

    /// <summary>The admin commands' configuration: the host's files and environment, with the same content root.</summary>
    public static IConfiguration ForCommands()
    {
        var root = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : ContentRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .AddInMemoryCollection([new("contentRoot", root)])
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
