using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Identity.Client;

namespace ComplaintsBot.BotFramework.Tests.Authentication;

/// <summary>
/// Stands in for login.microsoftonline.com (client credentials) and the Azure instance metadata service (managed
/// identity) behind MSAL's HTTP client. Issues numbered tokens and records each request.
/// </summary>
internal sealed class FakeTokenEndpoint : HttpMessageHandler, IMsalHttpClientFactory
{
    private readonly HttpClient _client;
    private int _issued;

    public FakeTokenEndpoint(int expiresInSeconds = 3600)
    {
        ExpiresInSeconds = expiresInSeconds;
        _client = new HttpClient(this);
    }

    public int ExpiresInSeconds { get; set; }

    /// <summary>Token requests, in order.</summary>
    public List<RecordedRequest> Requests { get; } = [];

    public HttpClient GetHttpClient() => _client;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isTokenRequest = request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            || request.RequestUri.AbsolutePath == "/metadata/identity/oauth2/token";
        if (!isTokenRequest)
        {
            // The first MSAL application in a process asks for instance discovery; MSAL falls back to its built-in
            // metadata for login.microsoftonline.com, so tests only look at token requests.
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(request.Method, request.RequestUri, ParseForm(body)));
        }

        var number = Interlocked.Increment(ref _issued);

        var token = new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresInSeconds,
            // Managed-identity responses give an absolute expiry, which MSAL compares with the wall clock.
            ["expires_on"] = DateTimeOffset.UtcNow.AddSeconds(ExpiresInSeconds).ToUnixTimeSeconds().ToString(),
            ["resource"] = "https://api.botframework.com",
            ["access_token"] = $"token-{number}",
        };
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(token), Encoding.UTF8, "application/json"),
        };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => p.Length > 1 ? WebUtility.UrlDecode(p[1]) : string.Empty);

    internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, Dictionary<string, string> Form);
}
