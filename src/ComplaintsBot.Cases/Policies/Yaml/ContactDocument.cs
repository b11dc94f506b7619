namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ContactDocument
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}
