using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ComplaintsBot.Reports;

/// <summary>
/// What the landlord says for the provisions of the Code that neither its policy file nor the case records can show
/// (a published policy, trained staff, a Member Responsible for Complaints), read from a YAML file keyed by provision:
/// <code>
/// "9.5": {complies: yes, evidence: "Cllr Ann Reid appointed Member Responsible for Complaints, Board minute 14/2026"}
/// </code>
/// </summary>
public sealed record LandlordEvidence(AssessmentVerdict Verdict, string Evidence)
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    /// <exception cref="FormatException">The file is not a map of provisions to {complies, evidence}, or names a provision the Code does not have.</exception>
    public static IReadOnlyDictionary<string, LandlordEvidence> Parse(string yaml)
    {
        Dictionary<string, Entry>? entries;
        try { entries = Deserializer.Deserialize<Dictionary<string, Entry>?>(yaml); }
        catch (YamlException e) { throw new FormatException($"The evidence file is not valid YAML at line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e); }
        var result = new Dictionary<string, LandlordEvidence>(StringComparer.Ordinal);
        foreach (var (provision, entry) in entries ?? [])
        {
            if (!Cases.Policies.Compliance.SelfAssessmentForm.Provisions.Any(p => p.Number == provision))
                throw new FormatException($"The evidence file names provision '{provision}', which is not a provision of the Complaint Handling Code (2024).");
            if (string.IsNullOrWhiteSpace(entry?.Evidence))
                throw new FormatException($"Provision {provision} in the evidence file has no evidence.");
            var verdict = entry.Complies?.Trim().ToLowerInvariant() switch
            {
                "yes" or "true" => AssessmentVerdict.Complies,
                "partly" or "partial" => AssessmentVerdict.PartlyComplies,
                "no" or "false" => AssessmentVerdict.DoesNotComply,
                _ => throw new FormatException($"Provision {provision} in the evidence file says complies: '{entry.Complies}'; write yes, partly or no."),
            };
            result[provision] = new LandlordEvidence(verdict, entry.Evidence.Trim());
        }
        return result;
    }

    private sealed class Entry
    {
        public string? Complies { get; set; }
        public string? Evidence { get; set; }
    }
}
