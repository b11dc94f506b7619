namespace ComplaintsBot.Cases.Policies.Yaml;

/// <summary>Stages as a mapping, so a landlord file can override one key of one stage and inherit the rest.</summary>
public sealed class StagesDocument
{
    public StageDocument? Stage1 { get; set; }
    public StageDocument? Stage2 { get; set; }
}
