namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ExtensionDocument
{
    /// <summary>A timescale, or "none" where no extension is allowed.</summary>
    public string? Max { get; set; }
    public string? Approver { get; set; }
    public bool? CustomerMustAgree { get; set; }
    public bool? ByAgreement { get; set; }
    /// <summary>with-every-extension, when-not-agreed or not-given: when the customer is given the Ombudsman's details.</summary>
    public string? OmbudsmanDetails { get; set; }
}
