using System.Reflection;
using ComplaintsBot.Cases;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Dashboard;
using ComplaintsBot.Entra;
using ComplaintsBot.Reports;
using ComplaintsBot.Workflows.Letters;
using ComplaintsBot.Workflows.Reminders;

namespace ComplaintsBot.Hosting;

/// <summary>
/// Finds settings under the app's own sections that nothing reads: a misspelt key (ComplaintsBot:ActivPolicy) would
/// otherwise silently leave a landlord on the defaults, such as the Code instead of their own policy. The host logs
/// each at start-up and the admin commands print them.
/// </summary>
public static class SettingsCheck
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (ComplaintsBotOptions.SectionName, typeof(ComplaintsBotOptions)),
        (CaseAccessOptions.SectionName, typeof(CaseAccessOptions)),
        (EntraDirectoryOptions.SectionName, typeof(EntraDirectoryOptions)),
        (DashboardOptions.SectionName, typeof(DashboardOptions)),
        (LetterOptions.SectionName, typeof(LetterOptions)),
        (ReminderOptions.SectionName, typeof(ReminderOptions)),
        (ReportOptions.SectionName, typeof(ReportOptions)),
    ];

    /// <summary>Settings that used to be documented under another name: where they are read now.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Policies:Folder"] = "ComplaintsBot:PoliciesFolder",
        ["Policies:Active"] = "ComplaintsBot:ActivePolicy",
        ["Policy"] = "ComplaintsBot:ActivePolicy",
        ["ActivePolicy"] = "ComplaintsBot:ActivePolicy",
    };

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var (old, now) in Renamed)
        {
            if (configuration[old] is not null) problems.Add($"The setting {old} is not read; the bot and its commands read {now}.");
        }
        foreach (var (section, options) in Sections)
        {
            var nested = Sections.Where(s => s.Section.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Section[(section.Length + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            Check(configuration.GetSection(section), options, nested, problems);
        }
        return problems;
    }

    private static void Check(IConfigurationSection section, Type options, HashSet<string> nested, List<string> problems)
    {
        foreach (var child in section.GetChildren())
        {
            if (nested.Contains(child.Key)) continue; // a section of its own, checked with its own type
            var property = options.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                var known = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).Concat(nested);
                problems.Add($"The setting {child.Path} is not one ComplaintsBot reads; under {section.Path} it reads {string.Join(", ", known)}.");
                continue;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
                Check(child, type, [], problems);
        }
    }
}
