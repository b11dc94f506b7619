using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.LogContact;

/// <summary>The case a logged contact opened; <paramref name="AlreadySaved"/> when the same draft had been saved before.</summary>
public sealed record LoggedContact(Case Case, bool AlreadySaved);
