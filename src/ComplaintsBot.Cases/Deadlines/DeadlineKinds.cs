namespace ComplaintsBot.Cases.Deadlines;

public static class DeadlineKinds
{
    private static readonly string[] Names =
    [
        "quick-response",
        "stage1-acknowledge",
        "stage1-contact-customer",
        "stage1-response",
        "escalation-window",
        "stage2-acknowledge",
        "stage2-contact-customer",
        "stage2-response",
    ];

    /// <summary>The kebab-case name: quick-response, stage1-acknowledge, ..., stage2-response.</summary>
    public static string Name(this DeadlineKind kind) => Names[(int)kind];

    public static bool TryParse(string? name, out DeadlineKind kind)
    {
        var index = Array.IndexOf(Names, name?.Trim().ToLowerInvariant());
        kind = (DeadlineKind)Math.Max(index, 0);
        return index >= 0;
    }
}
