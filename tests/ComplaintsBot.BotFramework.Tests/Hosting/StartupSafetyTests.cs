using System.Security.Claims;
using ComplaintsBot.BotFramework.Authentication;
using ComplaintsBot.BotFramework.Builder;
using ComplaintsBot.BotFramework.Connector;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.BotFramework.Tests.Hosting;

public class StartupSafetyTests
{
    private static WebApplication Build(string environment, Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IBot, ActivityHandler>();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Local_mode_without_an_app_id_is_refused_outside_development(string environment)
    {
        await using var app = Build(environment, new() { ["MicrosoftAppId"] = "" });

        var error = Assert.Throws<InvalidOperationException>(() => app.MapBotMessages());

        Assert.Contains("MicrosoftAppId", error.Message);
        Assert.Contains("ASPNETCORE_ENVIRONMENT", error.Message);
        Assert.Contains(environment, error.Message);
    }

    [Fact]
    public async Task Local_mode_is_allowed_in_development_with_loopback_service_urls()
    {
        await using var app = Build("Development", new());

        app.MapBotMessages();

        Assert.True(app.Services.GetRequiredService<IChannelRequestAuthenticator>().IsAuthenticationDisabled);
        Assert.IsType<LocalConnectorTokenProvider>(app.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.True(app.Services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.AllowLoopbackServiceUrls);
    }

    [Fact]
    public async Task Outside_development_loopback_service_urls_are_not_allowed_unless_configured()
    {
        await using var production = Build("Production", new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret" });
        await using var configured = Build("Production", new() { ["BotFramework:Connector:AllowLoopbackServiceUrls"] = "true" });

        Assert.False(production.Services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.AllowLoopbackServiceUrls);
        Assert.True(configured.Services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value.AllowLoopbackServiceUrls);
    }

    [Fact]
    public async Task An_app_id_brings_bot_framework_token_validation_inbound_and_msal_credentials_outbound()
    {
        await using var app = Build("Production", new() { ["MicrosoftAppId"] = "c9e8c047-2a74-40a2-b28a-b162d5f5327c", ["MicrosoftAppPassword"] = "secret" });

        app.MapBotMessages();

        var authenticator = app.Services.GetRequiredService<IChannelRequestAuthenticator>();
        Assert.IsType<BotFrameworkAuthentication>(authenticator);
        Assert.False(authenticator.IsAuthenticationDisabled);
        Assert.IsType<MsalAppCredentials>(app.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task An_app_id_with_a_request_that_carries_no_token_is_refused()
    {
        await using var app = Build("Production", new() { ["MicrosoftAppId"] = "c9e8c047-2a74-40a2-b28a-b162d5f5327c", ["MicrosoftAppPassword"] = "secret" });

        var authenticator = app.Services.GetRequiredService<IChannelRequestAuthenticator>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            authenticator.AuthenticateRequestAsync(null, "msteams", "https://smba.trafficmanager.net/teams/", CancellationToken.None));
    }

    [Fact]
    public async Task An_app_id_with_an_authenticator_and_token_provider_starts()
    {
        await using var app = Build("Production",
            new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", ["MicrosoftAppTenantId"] = "tenant" },
            services =>
            {
                services.AddSingleton<IChannelRequestAuthenticator, StubAuthenticator>();
                services.AddSingleton<IConnectorTokenProvider, StubTokenProvider>();
            });

        app.MapBotMessages();

        Assert.Equal("app", app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppId);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "secret", "tenant", "must not have a MicrosoftAppPassword")]
    [InlineData("Federated", "secret", "tenant", "is not one of")]
    public void An_incomplete_app_registration_is_named(string appType, string? password, string? tenant, string expected)
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppId = "app", MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        Assert.Contains(options.Validate(), problem => problem.Contains(expected));
    }

    private sealed class StubAuthenticator : IChannelRequestAuthenticator
    {
        public bool IsAuthenticationDisabled => false;

        public Task<ClaimsIdentity> AuthenticateRequestAsync(string? authHeader, string channelId, string serviceUrl, CancellationToken cancellationToken) =>
            throw new UnauthorizedAccessException("Stub.");
    }

    private sealed class StubTokenProvider : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("token");
    }
}
