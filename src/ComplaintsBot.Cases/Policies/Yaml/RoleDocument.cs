namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class RoleDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? Seniority { get; set; }
}
