namespace ComplaintsBot.Cases.Tests.Policies.RuleBooks;

/// <summary>
/// hoc-2024's rule book, clause by clause: every rule of The Complaint Handling Code (2024), with its value and the clause it comes
/// from (the Code's section numbers; "Code" rows are inherited where the document is silent). Changing a rule in the policy file
/// fails here until the row is changed too, next to its clause: a rule cannot move without its citation being looked at.
/// </summary>
public sealed class HocRuleBookTests
{
    private const string PolicyId = "hoc-2024";

    public static TheoryData<string, string, string> Book => new()
    {
        { "Code 4.1", "roles.complaint-handler.id", "complaint-handler" },
        { "Code 4.1", "roles.complaint-handler.name", "Complaint handler" },
        { "Code 4.1", "roles.complaint-handler.seniority", "1" },
        { "Code 4.1", "roles.complaint-lead.id", "complaint-lead" },
        { "Code 4.1", "roles.complaint-lead.name", "Person or team responsible for complaint handling (Code 4.1)" },
        { "Code 4.1", "roles.complaint-lead.seniority", "2" },
        { "Code 1.4-1.5", "categories.service-request.id", "service-request" },
        { "Code 1.4-1.5", "categories.service-request.kind", "service-request" },
        { "Code 1.4-1.5", "categories.service-request.name", "Service request" },
        { "Code 1.4-1.5", "categories.service-request.definition", "A request from a resident to the landlord requiring action to be taken to put something right. Service requests are not complaints, but must be recorded, monitored and reviewed regularly." },
        { "Code 1.4-1.5", "categories.service-request.examples", "A first report of a repair; A request for a visit or an appointment" },
        { "Code 1.4-1.5", "categories.service-request.guidance", "If the resident is unhappy with the response to a service request, raise a complaint even though the service request is still open, and do not stop work on the service request (Code 1.5)." },
        { "Code 1.3, 1.6", "categories.feedback.id", "feedback" },
        { "Code 1.3, 1.6", "categories.feedback.kind", "feedback" },
        { "Code 1.3, 1.6", "categories.feedback.name", "General feedback" },
        { "Code 1.3, 1.6", "categories.feedback.definition", "A comment or suggestion, or dissatisfaction expressed in a survey, that the resident does not want handled as a complaint." },
        { "Code 1.3, 1.6", "categories.feedback.examples", "A suggestion for improving a service; A low score in a satisfaction survey" },
        { "Code 1.3, 1.6", "categories.feedback.guidance", "The Code has no informal stage (Code 5.2): whenever a resident expresses dissatisfaction, give them the choice to make a complaint (Code 1.3) and record what they chose." },
        { "Code 1.2-1.3", "categories.complaint.id", "complaint" },
        { "Code 1.2-1.3", "categories.complaint.kind", "complaint" },
        { "Code 1.2-1.3", "categories.complaint.name", "Complaint" },
        { "Code 1.2-1.3", "categories.complaint.definition", "An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents." },
        { "Code 1.2-1.3", "categories.complaint.examples", "A repair not done, or done badly, after it was reported; Delay in answering an enquiry or providing a service; The behaviour of a member of staff or a contractor" },
        { "Code 1.2-1.3", "categories.complaint.guidance", "The resident does not have to use the word \"complaint\" (Code 1.3). A complaint made through a representative or third party is handled the same way." },
        { "Code (none): the Code does not define compliments", "categories.compliment.id", "compliment" },
        { "Code (none): the Code does not define compliments", "categories.compliment.kind", "compliment" },
        { "Code (none): the Code does not define compliments", "categories.compliment.name", "Compliment" },
        { "Code (none): the Code does not define compliments", "categories.compliment.definition", "Praise for a service, a team or a member of staff (the Code does not define compliments)." },
        { "Code 2.2, 2.4-2.5", "exclusions.issue-too-old.id", "issue-too-old" },
        { "Code 2.2, 2.4-2.5", "exclusions.issue-too-old.question", "Did the issue giving rise to the complaint occur more than 12 months ago (and did the resident know of it then)?" },
        { "Code 2.2, 2.4-2.5", "exclusions.issue-too-old.explanation", "We can normally only consider complaints made within 12 months of the issue happening or of you becoming aware of it. A manager has looked at whether there is a good reason to consider it anyway." },
        { "Code 2.2, 2.4-2.5", "exclusions.issue-too-old.discretionary", "true" },
        { "Code 2.2, 2.4-2.5", "exclusions.issue-too-old.code-basis", "issue-too-old" },
        { "Code 2.3, 4.1", "exclusions.issue-too-old.decider", "complaint-lead" },
        { "Code 2.2, 2.4-2.5", "exclusions.legal-proceedings.id", "legal-proceedings" },
        { "Code 2.2, 2.4-2.5", "exclusions.legal-proceedings.question", "Has a claim about this issue been filed at court (claim form and particulars of claim)?" },
        { "Code 2.2, 2.4-2.5", "exclusions.legal-proceedings.explanation", "Legal proceedings about this matter have started, so it will be decided through that process rather than our complaints procedure." },
        { "Code 2.2, 2.4-2.5", "exclusions.legal-proceedings.discretionary", "false" },
        { "Code 2.2, 2.4-2.5", "exclusions.legal-proceedings.code-basis", "legal-proceedings" },
        { "Code 2.2, 2.4-2.5", "exclusions.already-considered.id", "already-considered" },
        { "Code 2.2, 2.4-2.5", "exclusions.already-considered.question", "Has this matter already been considered under our complaints policy?" },
        { "Code 2.2, 2.4-2.5", "exclusions.already-considered.explanation", "This matter has already been considered under our complaints policy, so we will not consider it again as a new complaint." },
        { "Code 2.2, 2.4-2.5", "exclusions.already-considered.discretionary", "false" },
        { "Code 2.2, 2.4-2.5", "exclusions.already-considered.code-basis", "already-considered" },
        { "Code 2.3", "age-limit.limit", "12 months" },
        { "Code 2.3", "age-limit.counts-from", "issue-or-awareness" },
        { "Code 2.3", "age-limit.discretionary", "true" },
        { "Code 2.3, 4.1", "age-limit.decider", "complaint-lead" },
        { "Code 2.3", "age-limit.explanation", "Complaints are accepted within 12 months of the issue occurring or the resident becoming aware of it; older complaints may still be accepted where there are good reasons." },
        { "Code 5, 6.1", "stages.stage1.name", "Stage 1" },
        { "Code 6.2", "stages.stage1.acknowledge.within", "5 working days" },
        { "Code 6.2", "stages.stage1.acknowledge.from", "received" },
        { "Code 6.3", "stages.stage1.respond.within", "10 working days" },
        { "Code 6.3", "stages.stage1.respond.from", "stage1-acknowledged" },
        { "Code 6.4", "stages.stage1.extension.max", "10 working days" },
        { "Code 6.4", "stages.stage1.extension.approver", "complaint-lead" },
        { "Code 6.4", "stages.stage1.extension.customer-must-agree", "false" },
        { "Code 6.5", "stages.stage1.extension.ombudsman-details", "with-every-extension" },
        { "Code 4.1-4.2", "stages.stage1.owner-roles", "complaint-handler; complaint-lead" },
        { "Code 6.10", "stages.stage2.name", "Stage 2" },
        { "Code 6.11", "stages.stage2.acknowledge.within", "5 working days" },
        { "Code 6.11", "stages.stage2.acknowledge.from", "escalation-requested" },
        { "Code 6.14", "stages.stage2.respond.within", "20 working days" },
        { "Code 6.14", "stages.stage2.respond.from", "stage2-acknowledged" },
        { "Code 6.15", "stages.stage2.extension.max", "20 working days" },
        { "Code 6.15", "stages.stage2.extension.approver", "complaint-lead" },
        { "Code 6.15", "stages.stage2.extension.customer-must-agree", "false" },
        { "Code 6.16", "stages.stage2.extension.ombudsman-details", "with-every-extension" },
        { "Code 4.1-4.2", "stages.stage2.owner-roles", "complaint-handler; complaint-lead" },
        { "Code 6.13", "stages.stage2.reviewer-must-differ", "true" },
        { "Code 6.13 (no seniority required)", "stages.stage2.reviewer-more-senior", "false" },
        { "Code 6.12", "stages.stage2.requires-reasons", "false" },
        { "Code 7 (no approval levels set)", "compensation", "none" },
        { "Code 1.2-1.3 (no concern is a complaint by itself; thanks are not singled out)", "classification.concerns-make-a-complaint", "none" },
        { "Code 1.2-1.3 (no concern is a complaint by itself; thanks are not singled out)", "classification.thanks-is-not-a-compliment", "false" },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.ombudsman", "You can contact the Housing Ombudsman Service at any point for free, independent and impartial advice about your complaint. Once our complaints procedure is complete, you can ask the Ombudsman to investigate. Housing Ombudsman Service, PO Box 152, Liverpool L33 7WQ. Telephone 0300 111 3000. Email info@housing-ombudsman.org.uk. Website www.housing-ombudsman.org.uk." },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.contact.name", "Housing Ombudsman Service" },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.contact.address", "PO Box 152, Liverpool L33 7WQ" },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.contact.phone", "0300 111 3000" },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.contact.email", "info@housing-ombudsman.org.uk" },
        { "Code 6.5, 6.16 and the stage responses: the Ombudsman's contact details", "signposting.contact.website", "www.housing-ombudsman.org.uk" },
    };

    [Theory]
    [MemberData(nameof(Book))]
    public void Rule(string clause, string path, string value) => RuleBookAssert.Rule(PolicyId, clause, path, value);

    [Fact]
    public void The_book_walks_every_rule_of_the_policy_in_order() => RuleBookAssert.WalksEveryRule(PolicyId, Book);
}
