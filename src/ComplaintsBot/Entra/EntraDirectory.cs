using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Entra;

/// <summary>What the directory says of one person: the bot's roles from their groups, and their line manager.</summary>
public sealed record DirectoryReading(IReadOnlyList<string> Roles, DirectoryPerson? Manager);

/// <summary>A person as Graph names them.</summary>
public sealed record DirectoryPerson(string ObjectId, string? DisplayName, string? Mail);

/// <summary>
/// Reads a person's group memberships (every page of them) and their manager from Microsoft Graph with the SDK, and
/// maps the groups to the bot's roles as configured. Failures are the caller's to handle: it keeps the last known roles.
/// </summary>
public sealed class EntraDirectory(GraphServiceClient graph, IOptions<EntraDirectoryOptions> options)
{
    public async Task<DirectoryReading> ReadAsync(string objectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        var settings = options.Value;
        var user = graph.Users[objectId];
        var first = settings.NestedGroups
            ? await user.TransitiveMemberOf.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken)
            : await user.MemberOf.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken);
        var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (first is not null)
        {
            // Graph pages long lists (100 by default): the iterator follows @odata.nextLink to the end.
            var pages = PageIterator<DirectoryObject, DirectoryObjectCollectionResponse>.CreatePageIterator(graph, first, item =>
            {
                if (item.Id is { } id) groups.Add(id);
                return true;
            });
            await pages.IterateAsync(cancellationToken);
        }
        var roles = settings.GroupRoles
            .Where(pair => groups.Contains(pair.Key))
            .Select(pair => pair.Value.Trim().ToLowerInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        DirectoryPerson? manager = null;
        try
        {
            var found = await user.Manager.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "mail"], cancellationToken);
            if (found?.Id is { } managerId)
                manager = new DirectoryPerson(managerId, (found as User)?.DisplayName, (found as User)?.Mail);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Nobody is set as their manager in Entra ID.
        }
        return new DirectoryReading(roles, manager);
    }
}
