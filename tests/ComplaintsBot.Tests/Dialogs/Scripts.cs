namespace ComplaintsBot.Tests.Dialogs;

/// <summary>The common stretches of a conversation, so each test spells out only what its rule is about.</summary>
public static class Scripts
{
    /// <summary>Starts logging a named tenant with no representative and nothing to adjust, up to "How did they contact us?".</summary>
    public static Chat TenantAlone(this Chat chat, string reference = "T-10042") => chat
        .Says("log").Asks("What is the customer's name?")
        .Says("Ada Jones").Asks("tenancy or account reference")
        .Says(reference).Asks("tenant, leaseholder, applicant or other")
        .Says("tenant").Asks("Which tenure is their home")
        .Says("LCRA").Asks("Is anyone acting for them?")
        .Says("no one").Asks("vulnerability or reasonable adjustments")
        .Says("none").Asks("How did they contact us?");

    /// <summary>A named tenant with no representative and nothing to adjust, on the phone, received now.</summary>
    public static Chat TenantOnThePhone(this Chat chat, string description = "The boiler has failed three times since October and nobody came back.", string wants = "A working boiler and an apology") => chat
        .TenantAlone()
        .Says("phone").Asks("When was it received?")
        .Says("now").Asks("What does the customer say?")
        .Says(description).Asks("What do they want us to do")
        .Says(wants).Asks("Is the customer unhappy with our service");

    /// <summary>Unhappy, no concern, asked before, wants it investigated: the guided answers point to a complaint.</summary>
    public static Chat WantsItInvestigated(this Chat chat) => chat
        .Says("yes").Asks("health and safety or safeguarding concern")
        .Says("no").Asks("Is this the first time they have asked us for this?")
        .Says("no").Asks("Do they want it investigated")
        .Says("yes").Tells("**Suggested: Complaint.**").Asks("Log it as Complaint");

    /// <summary>Answers "no" to each exclusion question the policy asks, in its order.</summary>
    public static Chat NoExclusionApplies(this Chat chat, IEnumerable<string> questions)
    {
        foreach (var question in questions) chat = chat.Asks(question).Says("no");
        return chat;
    }

    public static Chat Routed(this Chat chat, string area = "Repairs", string theme = "Heating") => chat
        .Asks("Which service area").Says(area)
        .Asks("theme").Says(theme);
}
