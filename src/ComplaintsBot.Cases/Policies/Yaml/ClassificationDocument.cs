namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ClassificationDocument
{
    public List<string>? ConcernsMakeAComplaint { get; set; }
    public bool? ThanksIsNotACompliment { get; set; }
    /// <summary>feedback or service-request: see <see cref="ClassificationRules.DeclinedComplaint"/>.</summary>
    public string? DeclinedComplaint { get; set; }
}
