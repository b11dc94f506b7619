namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class SignpostingDocument
{
    public string? Ombudsman { get; set; }
    public ContactDocument? Contact { get; set; }
    public string? Other { get; set; }
}
