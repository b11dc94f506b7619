namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class StageDocument
{
    public string? Name { get; set; }
    public DeadlineDocument? Acknowledge { get; set; }
    public DeadlineDocument? Respond { get; set; }
    public DeadlineDocument? ContactCustomer { get; set; }
    public ExtensionDocument? Extension { get; set; }
    public List<string>? OwnerRoles { get; set; }
    public string? SignOffRole { get; set; }
    public bool? ReviewerMustDiffer { get; set; }
    public bool? ReviewerMoreSenior { get; set; }
    public List<string>? RefusalGrounds { get; set; }
}
