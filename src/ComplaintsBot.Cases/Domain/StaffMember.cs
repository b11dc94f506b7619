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
    /// <summary>Role names, see <see cref="StaffRoles"/>.</summary>
    public List<string> Roles { get; set; } = [];
    public int? LineManagerId { get; set; }
    public StaffMember? LineManager { get; set; }
    /// <summary>Higher is more senior; a Stage 2 reviewer may have to outrank the Stage 1 owner.</summary>
    public int Seniority { get; set; }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
