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
    /// <summary>True where staff act to put right what the customer is unhappy about without opening a complaint.</summary>
    public bool? PutsThingsRight { get; set; }
}
