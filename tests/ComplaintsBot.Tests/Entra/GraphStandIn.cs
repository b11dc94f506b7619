using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.Tests.Entra;

/// <summary>
/// A loopback Microsoft Graph for the SDK to talk to: /v1.0/users/{id}/memberOf, /transitiveMemberOf (paged with
/// @odata.nextLink, <see cref="PageSize"/> to a page) and /manager (404 with Graph's error body when there is none),
/// answering only requests that carry the expected bearer token, and counting the requests.
/// </summary>
public sealed class GraphStandIn : IAsyncDisposable
{
    public const string Token = "app-token-for-graph";
    public const int PageSize = 100;

    private readonly WebApplication _app;

    private GraphStandIn(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>User object id -> the groups they are directly in.</summary>
    public ConcurrentDictionary<string, List<string>> DirectGroups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Group object id -> the groups it is itself a member of (nesting).</summary>
    public ConcurrentDictionary<string, List<string>> GroupParents { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>User object id -> their manager (object id, name, mail).</summary>
    public ConcurrentDictionary<string, (string Id, string Name, string Mail)> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Unauthorised;

    public static async Task<GraphStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        GraphStandIn? self = null;
        app.Use(async (http, next) =>
        {
            self!.Requests.Enqueue(http.Request.Path + http.Request.QueryString);
            if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
            {
                Interlocked.Increment(ref self.Unauthorised);
                http.Response.StatusCode = 401;
                await http.Response.WriteAsJsonAsync(Error("InvalidAuthenticationToken", "Access token is empty."));
                return;
            }
            await next(http);
        });
        app.MapGet("/v1.0/users/{id}/memberOf", (string id, HttpRequest request) =>
            Page(self!, request, [.. self!.DirectGroups.GetValueOrDefault(id) ?? []]));
        app.MapGet("/v1.0/users/{id}/transitiveMemberOf", (string id, HttpRequest request) =>
            Page(self!, request, self!.Transitive(id)));
        app.MapGet("/v1.0/users/{id}/manager", (string id) =>
            self!.Managers.TryGetValue(id, out var manager)
                ? Results.Json(new JsonObject
                {
                    ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity",
                    ["@odata.type"] = "#microsoft.graph.user",
                    ["id"] = manager.Id,
                    ["displayName"] = manager.Name,
                    ["mail"] = manager.Mail,
                })
                : Results.Json(Error("Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present."), statusCode: 404));
        await app.StartAsync();
        var address = app.Urls.Single();
        self = new GraphStandIn(app, address);
        return self;
    }

    private List<string> Transitive(string userId)
    {
        var all = new List<string>();
        var queue = new Queue<string>(DirectGroups.GetValueOrDefault(userId) ?? []);
        while (queue.TryDequeue(out var group))
        {
            if (all.Contains(group)) continue;
            all.Add(group);
            foreach (var parent in GroupParents.GetValueOrDefault(group) ?? []) queue.Enqueue(parent);
        }
        return all;
    }

    private static IResult Page(GraphStandIn self, HttpRequest request, List<string> groups)
    {
        var skip = int.TryParse(request.Query["$skiptoken"], out var s) ? s : 0;
        var page = groups.Skip(skip).Take(PageSize).ToList();
        var body = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
            ["value"] = new JsonArray([.. page.Select(id => (JsonNode)new JsonObject { ["@odata.type"] = "#microsoft.graph.group", ["id"] = id })]),
        };
        if (skip + PageSize < groups.Count)
            body["@odata.nextLink"] = $"{self.BaseUrl}{request.Path}?$select=id&$skiptoken={skip + PageSize}";
        return Results.Json(body);
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    public int CountOf(string pathPart) => Requests.Count(r => r.Contains(pathPart, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The app's Graph token as the stand-in expects it (Entra ID's token endpoint gives it in production).</summary>
internal sealed class FixedToken(string host) : Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider
{
    public Microsoft.Kiota.Abstractions.Authentication.AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? GraphStandIn.Token : "");
}
