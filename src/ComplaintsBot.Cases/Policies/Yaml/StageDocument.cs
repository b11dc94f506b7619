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
    public List<RefusalGroundDocument>? RefusalGrounds { get; set; }
    /// <summary>Whether the stage waits on the customer explaining why they escalate.</summary>
    public bool? RequiresReasons { get; set; }
    /// <summary>Whether the customer may ask for the next stage once this stage's response is overdue.</summary>
    public bool? EscalateWhenOverdue { get; set; }
}

public sealed class RefusalGroundDocument
{
    public string? Ground { get; set; }
    /// <summary>A Code 2.2 exclusion the ground rests on, or escalation-window; none where the Code gives it no basis.</summary>
    public string? CodeBasis { get; set; }
}
