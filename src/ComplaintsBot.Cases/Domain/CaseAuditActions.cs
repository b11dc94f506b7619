namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// What each transition of a case is called in its audit trail (AuditEntry.Action), in one place: the card actions
/// write them and the history card reads them, so the two cannot drift apart.
/// </summary>
public static class CaseAuditActions
{
    public const string Opened = "case.opened";
    public const string Acknowledged = "stage.acknowledged";
    public const string ContactRecorded = "contact.recorded";
    public const string Responded = "stage.responded";
    public const string ExtensionRequested = "extension.requested";
    public const string ExtensionApproved = "extension.approved";
    public const string ExtensionDeclined = "extension.declined";
    /// <summary>The requester (or the owner) took back an extension nobody had decided.</summary>
    public const string ExtensionWithdrawn = "extension.withdrawn";
    /// <summary>The approval card of a waiting extension sent again to whoever may decide it; the case is unchanged.</summary>
    public const string ExtensionResent = "extension.resent";
    /// <summary>The response was recorded while an extension waited: the request lapsed undecided.</summary>
    public const string ExtensionLapsed = "extension.lapsed";
    public const string CompensationRequested = "compensation.requested";
    public const string CompensationApproved = "compensation.approved";
    public const string CompensationDeclined = "compensation.declined";
    /// <summary>The requester (or the owner) took back a compensation request nobody had decided; nothing is recorded.</summary>
    public const string CompensationWithdrawn = "compensation.withdrawn";
    /// <summary>The approval card of waiting compensation sent again to whoever may agree it; the case is unchanged.</summary>
    public const string CompensationResent = "compensation.resent";
    /// <summary>A written response held for sign-off by the role the policy names (TCH 8.1, whg Appendix 1).</summary>
    public const string SignOffRequested = "response.sign-off-requested";
    public const string SignedOff = "response.signed-off";
    /// <summary>The role that signs responses off sent it back to its writer, with a comment; nothing was recorded.</summary>
    public const string SignOffReturned = "response.returned";
    public const string SignOffWithdrawn = "response.sign-off-withdrawn";
    /// <summary>The sign-off card sent again to whoever may sign it off; the case is unchanged.</summary>
    public const string SignOffResent = "response.sign-off-resent";
    /// <summary>The customer's contact restricted under the policy's provision for unacceptable behaviour (Code 5.14-5.15).</summary>
    public const string ContactRestricted = "contact.restricted";
    /// <summary>The restriction reviewed: kept to a new review date, or lifted.</summary>
    public const string ContactRestrictionReviewed = "contact.restriction-reviewed";
    /// <summary>The complaints process ended under the policy's provision for unreasonable behaviour (TCH 10.2, whg 2.27).</summary>
    public const string ComplaintEnded = "case.ended-for-unreasonable-behaviour";
    public const string Escalated = "case.escalated";
    /// <summary>A request for the next stage made after a window the policy only asks for or reserves, sent to the decider it names (TCH 9.1, WCH 5.3.2).</summary>
    public const string LateEscalationRequested = "escalation.late-requested";
    /// <summary>The named decider accepted the late request; the case is escalated in the same change.</summary>
    public const string LateEscalationAccepted = "escalation.late-accepted";
    /// <summary>The named decider declined the late request, with the reason the customer is given.</summary>
    public const string LateEscalationDeclined = "escalation.late-declined";
    public const string Reassigned = "case.reassigned";
    public const string Closed = "case.closed";
    /// <summary>Learning or a service improvement recorded on a closed case.</summary>
    public const string LearningRecorded = "case.learning-recorded";
    /// <summary>The Housing Ombudsman's determination recorded on a complaint.</summary>
    public const string OmbudsmanDetermined = "case.ombudsman-determination";
    /// <summary>An exclusion answered when the contact was logged.</summary>
    public const string ExclusionDecided = "exclusion.decided";
    /// <summary>A discretionary exclusion decided by a manager from the exclusion-decision card.</summary>
    public const string ExclusionDecidedByManager = "exclusion.decided-by-manager";
    /// <summary>The person who referred a discretionary exclusion took the question back: the complaint goes ahead.</summary>
    public const string ExclusionWithdrawn = "exclusion.withdrawn";
    /// <summary>The exclusion-decision card sent again to whoever may decide it; the case is unchanged.</summary>
    public const string ExclusionResent = "exclusion.resent";
    /// <summary>Someone took the case's evidence pack (its whole file, for the Housing Ombudsman); changes nothing on it.</summary>
    public const string EvidencePackExported = "case.evidence-pack-exported";
    /// <summary>Someone was shown the case (a card, a letter); changes nothing on it.</summary>
    public const string Viewed = "case.viewed";
    /// <summary>A manager placed the case under legal hold: kept past its retention date until the hold is lifted.</summary>
    public const string LegalHoldPlaced = "case.legal-hold-placed";
    public const string LegalHoldLifted = "case.legal-hold-lifted";
    /// <summary>The retention schedule's date passed: the customer's personal data was anonymised.</summary>
    public const string AnonymisedByRetention = "case.anonymised-by-retention";
    /// <summary>The customer asked for their data to be erased (UK GDPR Article 17): it was anonymised.</summary>
    public const string ErasedOnRequest = "customer.erased-on-request";
    /// <summary>The case went into a subject access document (UK GDPR Article 15); changes nothing on it.</summary>
    public const string SubjectAccessExported = "privacy.subject-access-exported";
    /// <summary>A subject access request's answer was extended by further months (UK GDPR Article 12(3)); names the request only.</summary>
    public const string SubjectAccessExtended = "privacy.subject-access-extended";

    public static string ExtensionDecided(bool approved) => approved ? ExtensionApproved : ExtensionDeclined;

    public static string CompensationDecided(bool approved) => approved ? CompensationApproved : CompensationDeclined;
}
