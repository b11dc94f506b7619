namespace ComplaintsBot.Cases.Deadlines;

/// <param name="Outcome">In time, out of time, or why the limit does not bar it.</param>
/// <param name="IssueDate">The date the limit was measured from: the later of when the issue occurred and when the customer became aware of it.</param>
/// <param name="EarliestInTime">The earliest issue date that is in time; null when the policy sets no limit.</param>
/// <param name="Exception">
/// The policy's exception that applied (for example "safeguarding"), if any; with an outcome at discretion, the good
/// reason given for the decider to weigh (<see cref="Policies.AgeLimit.ExceptionsGoToDecider"/>).
/// </param>
public readonly record struct AgeLimitResult(AgeLimitOutcome Outcome, DateOnly IssueDate, DateOnly? EarliestInTime, string? Exception)
{
    /// <summary>Whether the complaint may go ahead without a manager's decision.</summary>
    public bool Accepted => Outcome is AgeLimitOutcome.NoLimit or AgeLimitOutcome.InTime or AgeLimitOutcome.ExceptionApplies;
}
