namespace ComplaintsBot.Cases.Policies;

/// <summary>The kebab-case names policy files use for <see cref="CaseEvent"/> values.</summary>
public static class CaseEventNames
{
    private static readonly IReadOnlyDictionary<string, CaseEvent> ByName = new Dictionary<string, CaseEvent>(StringComparer.Ordinal)
    {
        ["received"] = CaseEvent.Received,
        ["stage1-acknowledged"] = CaseEvent.Stage1Acknowledged,
        ["stage1-response"] = CaseEvent.Stage1Response,
        ["escalation-requested"] = CaseEvent.EscalationRequested,
        ["stage2-acknowledged"] = CaseEvent.Stage2Acknowledged,
        ["stage2-response"] = CaseEvent.Stage2Response,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out CaseEvent caseEvent) =>
        ByName.TryGetValue(name?.Trim() ?? "", out caseEvent);

    public static string NameOf(CaseEvent caseEvent) => ByName.First(pair => pair.Value == caseEvent).Key;
}
