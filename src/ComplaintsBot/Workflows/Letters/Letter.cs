namespace ComplaintsBot.Workflows.Letters;

/// <summary>A letter to the customer, as HTML (to print or attach) and as plain text (to paste into an email).</summary>
public sealed record Letter(string FileName, string Subject, string Html, string Text);
