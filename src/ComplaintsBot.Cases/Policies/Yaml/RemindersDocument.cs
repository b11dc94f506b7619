namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class RemindersDocument
{
    public string? WarningWindow { get; set; }
}
