using ComplaintsBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

public sealed class BotFrameworkAuthenticationServiceCollectionExtensionsTests
{
    [Fact]
    public void A_configured_bot_gets_one_shared_authentication_and_msal_credentials()
    {
        using var provider = Register(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "6a1c4f0e-5b7d-4c1e-9b55-3f2d8e7a9c10",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "3b0c9a52-8f1e-4d7a-a3c2-5e6f7a8b9c0d",
        }).BuildServiceProvider();

        var authentication = provider.GetRequiredService<BotFrameworkAuthentication>();
        var credentials = Assert.IsType<MsalAppCredentials>(provider.GetRequiredService<AppCredentials>());

        Assert.Same(authentication, provider.GetRequiredService<BotFrameworkAuthentication>());
        Assert.Same(credentials, provider.GetRequiredService<AppCredentials>());
        Assert.False(authentication.IsAuthenticationDisabled);
        Assert.Equal("https://login.microsoftonline.com/3b0c9a52-8f1e-4d7a-a3c2-5e6f7a8b9c0d/", credentials.Authority);
    }

    [Fact]
    public void Without_an_app_id_the_bot_runs_unauthenticated_with_empty_credentials()
    {
        using var provider = Register(new()).BuildServiceProvider();

        Assert.True(provider.GetRequiredService<BotFrameworkAuthentication>().IsAuthenticationDisabled);
        Assert.Same(AppCredentials.Empty, provider.GetRequiredService<AppCredentials>());
    }

    [Fact]
    public void Invalid_settings_fail_at_registration_not_at_the_first_request()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new() { ["MicrosoftAppType"] = "SingleTenant" }));

        Assert.Contains("MicrosoftAppId is required for SingleTenant", error.Message);
    }

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddBotFrameworkAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
