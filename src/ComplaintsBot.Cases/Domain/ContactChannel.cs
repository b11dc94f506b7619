namespace ComplaintsBot.Cases.Domain;

/// <summary>How the customer got in touch.</summary>
public enum ContactChannel
{
    Phone,
    Email,
    InPerson,
    Letter,
    Web,
    SocialMedia,
}
