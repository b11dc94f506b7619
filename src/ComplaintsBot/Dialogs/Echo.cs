namespace ComplaintsBot.Dialogs;

/// <summary>What a person typed, quoted back in a reply: cut short, so nothing is ever echoed back unbounded.</summary>
public static class Echo
{
    public const int Limit = 60;

    public static string Short(string? text) =>
        text is null ? "" : text.Length <= Limit ? text : string.Concat(text.AsSpan(0, Limit), "…");
}
