namespace ComplaintsBot.Cases.Domain;

/// <summary>A member of staff, known by their Teams (Entra ID) user id.</summary>
public sealed class StaffMember
{
    public StaffMember(string aadObjectId, string displayName, string? email = null)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
            throw new ArgumentException("A staff member needs their Teams user id (aadObjectId).", nameof(aadObjectId));
        if (string.IsNullOrWhiteSpace(displayName))
            throw new ArgumentException("A staff member needs a display name.", nameof(displayName));
        AadObjectId = aadObjectId.Trim();
        DisplayName = displayName.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    public int Id { get; private set; }
    public string AadObjectId { get; private set; }
    public string DisplayName { get; set; }
    public string? Email { get; set; }
    /// <summary>Role names granted in the bot (admin command or admin card), see <see cref="StaffRoles"/>.</summary>
    public List<string> Roles { get; set; } = [];
    /// <summary>
    /// Role names read from the organisation's directory (Entra ID group memberships mapped in configuration); kept
    /// apart from <see cref="Roles"/> so a directory refresh never undoes a grant made in the bot, nor the reverse.
    /// </summary>
    public List<string> DirectoryRoles { get; set; } = [];
    /// <summary>When <see cref="DirectoryRoles"/> and the line manager were last read from the directory; null if never.</summary>
    public DateTimeOffset? DirectorySyncedAt { get; set; }
    /// <summary>The team or department, as the HR export names it.</summary>
    public string? Team { get; set; }
    public int? LineManagerId { get; set; }
    public StaffMember? LineManager { get; set; }
    /// <summary>Higher is more senior; a Stage 2 reviewer may have to outrank the Stage 1 owner.</summary>
    public int Seniority { get; set; }

    public bool HasRole(string role) =>
        Roles.Contains(role, StringComparer.OrdinalIgnoreCase) || DirectoryRoles.Contains(role, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every role the member holds, granted in the bot or read from the directory, in order, once each.</summary>
    public IReadOnlyList<string> EffectiveRoles() =>
        [.. Roles.Concat(DirectoryRoles).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
