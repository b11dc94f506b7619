namespace ComplaintsBot.Workflows.LogContact;

/// <summary>The keys of the answers on the summary card (contact-summary's answerToChange values).</summary>
public static class AnswerKeys
{
    public const string Customer = "customer";
    public const string Reference = "reference";
    public const string Relationship = "relationship";
    public const string Tenure = "tenure";
    public const string Representative = "representative";
    public const string RepresentativeName = "representativeName";
    public const string Consent = "consent";
    public const string Vulnerability = "vulnerability";
    public const string Channel = "channel";
    public const string Received = "received";
    public const string Description = "description";
    public const string Outcome = "outcome";
    public const string Unhappy = "unhappy";
    public const string Concern = "concern";
    public const string FirstTime = "firstTime";
    public const string Investigate = "investigate";
    public const string Praise = "praise";
    public const string AsksForAction = "asksForAction";
    public const string Thanks = "thanks";
    public const string Category = "category";
    public const string StaffPraised = "staffPraised";
    public const string IssueDate = "issueDate";
    public const string Aware = "aware";
    public const string AgeException = "ageException";
    public const string ExclusionPrefix = "exclusion:";
    public const string ServiceArea = "serviceArea";
    public const string Theme = "theme";
    public const string Owner = "owner";

    public static string Exclusion(string id) => ExclusionPrefix + id;

    /// <summary>Which part of the conversation asks the question.</summary>
    public static string PartOf(string key) => key switch
    {
        Customer or Reference or Relationship or Tenure or Representative or RepresentativeName or Consent or Vulnerability => nameof(CustomerDialog),
        Channel or Received or Description or Outcome => nameof(ContactDialog),
        Unhappy or Concern or FirstTime or Investigate or Praise or AsksForAction or Thanks or Category or StaffPraised => nameof(ClassificationDialog),
        IssueDate or Aware or AgeException => nameof(ExclusionsDialog),
        ServiceArea or Theme or Owner => nameof(RoutingDialog),
        _ when key.StartsWith(ExclusionPrefix, StringComparison.Ordinal) => nameof(ExclusionsDialog),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not an answer key."),
    };
}
