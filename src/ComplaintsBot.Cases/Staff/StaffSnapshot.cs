using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Staff;

/// <summary>
/// A staff member as the audit trail records them before and after a change: who they are, their roles (granted in
/// the bot and read from the directory) and their line manager, by Entra object id so the entry reads on its own.
/// </summary>
public sealed record StaffSnapshot(
    string AadObjectId,
    string DisplayName,
    string? Email,
    string? Team,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> DirectoryRoles,
    string? LineManager)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static StaffSnapshot Of(StaffMember member, string? lineManagerAadObjectId) =>
        new(member.AadObjectId, member.DisplayName, member.Email, member.Team,
            [.. member.Roles.Order(StringComparer.Ordinal)], [.. member.DirectoryRoles.Order(StringComparer.Ordinal)], lineManagerAadObjectId);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
