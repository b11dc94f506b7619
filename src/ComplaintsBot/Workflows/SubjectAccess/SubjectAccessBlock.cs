namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>How a line of the subject access document is set.</summary>
public enum SubjectAccessBlockKind
{
    Title,
    Heading,
    Paragraph,
}

/// <summary>
/// One line of the subject access document. <see cref="Review"/> says why it must be checked before release (other
/// people's personal data, UK GDPR Article 15(4)); null where it holds only the customer's own data and the landlord's
/// facts.
/// </summary>
public sealed record SubjectAccessBlock(SubjectAccessBlockKind Kind, string Text, string? Review = null);
