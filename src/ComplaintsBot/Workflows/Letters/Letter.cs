namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// A letter to the customer, as HTML (to print or attach) and as plain text (to paste into an email), with the sections
/// both are written from, which <see cref="LetterDocx"/> writes as a Word document to finish in Word.
/// </summary>
public sealed record Letter(string FileName, string Subject, string Html, string Text, IReadOnlyList<LetterSection> Sections);
