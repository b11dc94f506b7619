using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Hosting;

/// <summary>The policy this deployment runs, resolved once at startup from <see cref="ComplaintsBotOptions.ActivePolicy"/>.</summary>
public sealed record ActivePolicy(Policy Policy);
