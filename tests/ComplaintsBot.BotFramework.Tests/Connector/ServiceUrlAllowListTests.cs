using ComplaintsBot.BotFramework.Connector;

namespace ComplaintsBot.BotFramework.Tests.Connector;

public class ServiceUrlAllowListTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/uk/", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("http://smba.trafficmanager.net/uk/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/uk/", false)]
    [InlineData("https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:56150/_connector", false)]
    [InlineData("http://localhost:56150/_connector", false)]
    public void Only_teams_connector_hosts_over_https_are_allowed_by_default(string url, bool allowed)
    {
        Assert.Equal(allowed, new ServiceUrlAllowList(new ConnectorClientOptions()).IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://[::1]:3978/")]
    public void Loopback_is_allowed_only_when_switched_on(string url)
    {
        Assert.True(new ServiceUrlAllowList(new ConnectorClientOptions { AllowLoopbackServiceUrls = true }).IsAllowed(new Uri(url)));
    }

    [Fact]
    public void Extra_hosts_can_be_configured_and_the_check_switched_off()
    {
        var extra = new ConnectorClientOptions { AdditionalAllowedServiceUrlHosts = ["europe.example.org"] };
        var off = new ConnectorClientOptions { EnforceServiceUrlAllowList = false };

        Assert.True(new ServiceUrlAllowList(extra).IsAllowed(new Uri("https://europe.example.org/teams/")));
        Assert.True(new ServiceUrlAllowList(off).IsAllowed(new Uri("https://anything.example/")));
    }
}
