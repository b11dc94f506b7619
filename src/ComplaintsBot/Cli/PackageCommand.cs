using ComplaintsBot.Manifest;

namespace ComplaintsBot.Cli;

/// <summary>`package --app-id &lt;guid&gt; --host &lt;domain&gt;`: writes appPackage.zip for upload to Teams.</summary>
internal sealed class PackageCommand : ICliCommand
{
    public string Name => "package";
    public string Usage => "package --app-id <guid> --host <domain> [--manifest <folder>] [--out appPackage.zip]";
    public string Summary => "Writes the Teams app package: manifest/manifest.json with the bot's app id and domain, and its icons.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--app-id", "--host", "--manifest", "--out"]);
        var appIdText = arguments.Option("--app-id") ?? context.Configuration["MicrosoftAppId"]
            ?? throw new CliUsageException("package needs --app-id <guid> (the bot's Microsoft App ID), or MicrosoftAppId in configuration.");
        if (!Guid.TryParse(appIdText, out var appId) || appId == Guid.Empty)
            throw new CliUsageException($"--app-id '{appIdText}' is not an app id; give the bot's Microsoft App ID, a GUID.");
        var host = arguments.RequiredOption("--host", "package");
        var folder = arguments.Option("--manifest") ?? DefaultManifestFolder();
        var output = Path.GetFullPath(arguments.Option("--out") ?? "appPackage.zip");
        try
        {
            AppPackage.Write(folder, appId, host, output);
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException)
        {
            throw new CliUsageException(e.Message);
        }
        context.Output.WriteLine(output);
        return AdminCli.Success;
    }

    // manifest/ beside the executable (copied at build), else ./manifest (running from the repository root).
    private static string DefaultManifestFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "manifest");
        return Directory.Exists(beside) ? beside : Path.GetFullPath("manifest");
    }
}
