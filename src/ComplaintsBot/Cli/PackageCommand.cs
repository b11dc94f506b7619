using ComplaintsBot.Manifest;

namespace ComplaintsBot.Cli;

/// <summary>`package --app-id &lt;guid&gt; --host &lt;domain&gt; [...]`: writes appPackage.zip for upload to Teams.</summary>
internal sealed class PackageCommand : ICliCommand
{
    public string Name => "package";
    public string Usage => "package --app-id <guid> --host <domain> [--teams-app-id <guid>] [--version <x.y.z>] [--developer-name <name>] "
        + "[--developer-url <https://...>] [--mpn-id <digits>] [--manifest <folder>] [--out appPackage.zip]";
    public string Summary => "Writes the Teams app package: manifest/manifest.json with the bot's app id, the Teams app id, version, developer and domain, and its icons.";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--app-id", "--host", "--teams-app-id", "--version", "--developer-name", "--developer-url", "--mpn-id", "--manifest", "--out"]);
        var appIdText = arguments.Option("--app-id") ?? context.Configuration["MicrosoftAppId"]
            ?? throw new CliUsageException("package needs --app-id <guid> (the bot's Microsoft App ID), or MicrosoftAppId in configuration.");
        if (!Guid.TryParse(appIdText, out var appId) || appId == Guid.Empty)
            throw new CliUsageException($"--app-id '{appIdText}' is not an app id; give the bot's Microsoft App ID, a GUID.");
        Guid? teamsAppId = null;
        if (arguments.Option("--teams-app-id") is { } teamsAppIdText)
        {
            if (!Guid.TryParse(teamsAppIdText, out var parsed) || parsed == Guid.Empty)
                throw new CliUsageException($"--teams-app-id '{teamsAppIdText}' is not an app id; give a GUID (the Teams app's id, kept across versions).");
            teamsAppId = parsed;
        }
        Uri? website = null;
        if (arguments.Option("--developer-url") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out website))
            throw new CliUsageException($"--developer-url '{url}' is not an address; give the publisher's website, as https://www.landlord.org.uk.");
        var settings = new AppPackageSettings(
            appId,
            arguments.RequiredOption("--host", "package"),
            teamsAppId,
            arguments.Option("--version"),
            arguments.Option("--developer-name"),
            website,
            arguments.Option("--mpn-id"));
        var folder = arguments.Option("--manifest") ?? DefaultManifestFolder();
        var output = Path.GetFullPath(arguments.Option("--out") ?? "appPackage.zip");
        try
        {
            AppPackage.Write(folder, settings, output);
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
