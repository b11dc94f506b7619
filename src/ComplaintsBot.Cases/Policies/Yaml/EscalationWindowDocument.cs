namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class EscalationWindowDocument
{
    public string? Within { get; set; }
    public string? From { get; set; }
    public string? ExtensionOnRequest { get; set; }
}
