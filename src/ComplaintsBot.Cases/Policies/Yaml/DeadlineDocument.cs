namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class DeadlineDocument
{
    public string? Within { get; set; }
    public string? From { get; set; }
    public string? Note { get; set; }
    /// <summary>Where the document contradicts itself, the reading not used.</summary>
    public string? OtherReading { get; set; }
}
