using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplaintsBot.Tests.Cli;

/// <summary>Program.cs runs the CLI only for a command; without one it still starts the web host.</summary>
public sealed class HostWithoutCommandTests
{
    [Fact]
    public async Task Without_a_command_the_web_host_starts_and_answers_healthz()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
