namespace ComplaintsBot.Cases.Policies;

/// <summary>
/// The policy this deployment runs: the one new cases are opened under, resolved once at startup from the host's
/// configuration (ComplaintsBot:ActivePolicy).
/// </summary>
public sealed record ActivePolicy(Policy Policy);
