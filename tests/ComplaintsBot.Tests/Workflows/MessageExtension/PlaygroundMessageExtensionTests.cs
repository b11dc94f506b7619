using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.EndToEnd;
using ComplaintsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.Workflows.MessageExtension;

/// <summary>
/// Both entry points of the message extension in the Microsoft 365 Agents Playground (0.2.28 supports both: a message's
/// "..." > Action Command, and the compose box's Search Command), in headless Chromium, as a person would use them:
/// "Log as a contact" on a posted message opens the form prefilled with its words, Save logs it and the case card
/// arrives in the chat; "Find a case" finds it by reference and picking it puts the case card in the compose box.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundMessageExtensionTests(ITestOutputHelper output)
{
    private const string Message = "Tenant at no. 14 says the boiler has been broken for three weeks";

    [Fact]
    public async Task In_the_agents_playground_a_message_is_logged_as_a_contact_from_its_menu_and_the_case_is_found_and_inserted_from_the_compose_box()
    {
        using var data = new TempFolder();
        await using var host = new BotHost(data.Path);
        var endpoint = host.StartOnLoopback();

        var result = await PlaygroundRun.RunScriptAsync("playground-message-extension.mjs",
            "--bot", endpoint, "--message", Message, "--category", "Service request", "--timeout", "150000");

        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Equal(Message, (string?)result["prefilled"]!["description"]);
        var reference = CaseReference.Parse((string)result["reference"]!);
        var saved = await host.Services.GetRequiredService<CaseService>().FindAsync(reference);
        Assert.NotNull(saved);
        Assert.Equal(Message, saved.Description);
        Assert.Equal("service-request", saved.CategoryId);
        Assert.Contains($"Case {reference}", (string?)result["inserted"], StringComparison.Ordinal);
    }
}
