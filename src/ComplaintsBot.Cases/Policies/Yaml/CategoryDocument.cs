namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class CategoryDocument
{
    public string? Id { get; set; }
    /// <summary>service-request, feedback, complaint or compliment.</summary>
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Definition { get; set; }
    public List<string>? Examples { get; set; }
    public string? Guidance { get; set; }
}
