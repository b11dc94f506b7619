namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ClassificationDocument
{
    public List<string>? ConcernsMakeAComplaint { get; set; }
    public bool? ThanksIsNotACompliment { get; set; }
}
