namespace ComplaintsBot.Cases.Rules;

/// <summary>The concerns staff flag on a contact, spelled as policy files name them in exceptions.</summary>
public static class Concerns
{
    public const string HealthAndSafety = "health-and-safety";
    public const string Safeguarding = "safeguarding";
}
