namespace ComplaintsBot.Workflows.LogContact;

/// <summary>How a free-text answer is checked; kept in the prompt's options, so plain values.</summary>
/// <param name="Label">What the answer is, for messages ("the description").</param>
/// <param name="Limit">Most characters allowed.</param>
public sealed record TextRules(string Label, int Limit);
