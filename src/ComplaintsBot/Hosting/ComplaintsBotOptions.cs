namespace ComplaintsBot.Hosting;

/// <summary>Settings of a ComplaintsBot deployment (configuration section "ComplaintsBot").</summary>
public sealed class ComplaintsBotOptions
{
    public const string SectionName = "ComplaintsBot";

    /// <summary>The policy this landlord runs (a file in the policies folder); the Code by default.</summary>
    public string ActivePolicy { get; set; } = "hoc-2024";

    /// <summary>Folder of policy files; default: policies/ beside the executable.</summary>
    public string? PoliciesFolder { get; set; }
}
