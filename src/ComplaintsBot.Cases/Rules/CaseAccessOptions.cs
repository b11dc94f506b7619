using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Cases.Rules;

/// <summary>Who sees which cases (configuration section "ComplaintsBot:Access").</summary>
public sealed class CaseAccessOptions
{
    public const string SectionName = "ComplaintsBot:Access";

    /// <summary>The default roles that see every case: the complaints team and managers, not team leaders (they see their team's).</summary>
    public static readonly IReadOnlyList<string> DefaultSeeAllCases =
        [StaffRoles.ComplaintsManager, StaffRoles.Manager, StaffRoles.SeniorManager, StaffRoles.Admin];

    /// <summary>Roles that see every case; unset, <see cref="DefaultSeeAllCases"/>. An empty list is allowed (nobody sees all).</summary>
    public string[]? SeeAllCases { get; set; }

    /// <summary>
    /// Whether someone the bot has never been told about (no role from an import, a grant or a directory group) may
    /// log contacts when they message it; they become an officer and see only the cases they are on. Default true.
    /// </summary>
    public bool UnknownPeopleMayLog { get; set; } = true;

    public IReadOnlyList<string> SeeAllCasesRoles => SeeAllCases ?? DefaultSeeAllCases;
}
