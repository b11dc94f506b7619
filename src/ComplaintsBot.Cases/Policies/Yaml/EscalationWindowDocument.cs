namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class EscalationWindowDocument
{
    public string? Within { get; set; }
    public string? From { get; set; }
    public string? ExtensionOnRequest { get; set; }
    /// <summary>absolute, reserved or asked.</summary>
    public string? Binding { get; set; }
    public string? Decider { get; set; }
    public string? DeciderFallback { get; set; }
}
