namespace ComplaintsBot.Cases.Policies.Yaml;

public sealed class ExtensionDocument
{
    /// <summary>A timescale, or "none" where no extension is allowed.</summary>
    public string? Max { get; set; }
    public string? Approver { get; set; }
    public bool? CustomerMustAgree { get; set; }
    public bool? ByAgreement { get; set; }
    /// <summary>A timescale: the customer's agreement is needed once extensions come to more than it in all.</summary>
    public string? CustomerMustAgreeAbove { get; set; }
    /// <summary>A timescale, or "no set length": the most in all once the customer agrees (with customer-must-agree-above).</summary>
    public string? MaxWithAgreement { get; set; }
    /// <summary>with-every-extension, when-not-agreed or not-given: when the customer is given the Ombudsman's details.</summary>
    public string? OmbudsmanDetails { get; set; }
}
