using ComplaintsBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>The SDK's configuration keys and the startup checks on them (bot-protocol notes §3.2, §3.3).</summary>
public sealed class BotFrameworkAuthenticationOptionsTests
{
    private const string AppId = "6a1c4f0e-5b7d-4c1e-9b55-3f2d8e7a9c10";
    private const string TenantId = "3b0c9a52-8f1e-4d7a-a3c2-5e6f7a8b9c0d";

    [Fact]
    public void An_empty_app_type_means_MultiTenant_with_outbound_tokens_from_botframework_com()
    {
        var options = Read(new() { ["MicrosoftAppType"] = "", ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "pw" });

        options.Validate();
        Assert.Equal(MicrosoftAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("botframework.com", options.ChannelAuthTenant);
        Assert.False(options.IsAuthenticationDisabled);
    }

    [Fact]
    public void A_SingleTenant_bot_gets_outbound_tokens_from_its_own_tenant()
    {
        var options = Read(new()
        {
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = TenantId,
        });

        options.Validate();
        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal(TenantId, options.ChannelAuthTenant);
    }

    [Theory]
    [InlineData("SomethingElse")]
    [InlineData("1")]
    public void An_unknown_app_type_is_refused_naming_the_value(string appType)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["MicrosoftAppType"] = appType }));

        Assert.Contains($"MicrosoftAppType '{appType}' is not one of MultiTenant, SingleTenant, UserAssignedMsi", error.Message);
    }

    [Fact]
    public void No_app_id_disables_authentication_for_local_use()
    {
        var options = Read(new());

        options.Validate();
        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }

    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("MicrosoftAppTenantId")]
    public void SingleTenant_needs_app_id_password_and_tenant(string missingKey)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = TenantId,
        };
        settings.Remove(missingKey);

        var error = Assert.Throws<InvalidOperationException>(() => Read(settings).Validate());

        Assert.Contains($"{missingKey} is required for SingleTenant", error.Message);
    }

    [Fact]
    public void A_MultiTenant_app_id_needs_a_password()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["MicrosoftAppId"] = AppId }).Validate());

        Assert.Contains("MicrosoftAppPassword is required when MicrosoftAppId is set", error.Message);
    }

    [Fact]
    public void A_password_without_an_app_id_is_refused_because_it_would_silently_disable_authentication()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { ["MicrosoftAppPassword"] = "pw" }).Validate());

        Assert.Contains("MicrosoftAppPassword is set but MicrosoftAppId is empty", error.Message);
    }

    [Fact]
    public void A_managed_identity_takes_no_password()
    {
        var options = Read(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMsi",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = TenantId,
        });

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("MicrosoftAppPassword must not be set for UserAssignedMsi", error.Message);
    }

    [Fact]
    public void Signing_keys_are_only_read_over_https_unless_a_test_turns_that_off()
    {
        var options = new BotFrameworkAuthenticationOptions { OpenIdMetadataUrl = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration" };

        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("must use https", error.Message);

        options.RequireHttpsMetadata = false;
        options.Validate();
    }

    [Fact]
    public void The_metadata_url_can_be_overridden_in_configuration()
    {
        var options = Read(new() { ["BotOpenIdMetadata"] = "https://login.example.test/v1/.well-known/openidconfiguration" });

        Assert.Equal("https://login.example.test/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
    }

    private static BotFrameworkAuthenticationOptions Read(Dictionary<string, string?> settings) =>
        BotFrameworkAuthenticationOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
