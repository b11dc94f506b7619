namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// Every provision of the Housing Ombudsman's Complaint Handling Code (2024) on the Ombudsman's self-assessment form
/// (Appendix A of the Code), in the form's order, each once: 1.2 to 1.6, 2.1 to 2.5, 3.1 to 3.7, 4.1 to 4.3, 5.1 to
/// 5.15, 6.1 to 6.20, 7.1 to 7.4, 8.1 to 8.5 and 9.1 to 9.8 (72). The form leaves out 1.1, the Code's introduction.
/// The requirement is a short summary of the provision's text, not a quotation (docs/annual-report.md says where the
/// list was checked); <see cref="CodeProvision.PolicyPaths"/> name the rules of a policy file that are evidence for it.
/// The annual report (Code 8.1) and the `self-assessment` command both assess against this one list.
/// </summary>
public static class SelfAssessmentForm
{
    public static IReadOnlyList<(int Number, string Title)> Sections { get; } =
    [
        (1, "Definition of a complaint"),
        (2, "Exclusions"),
        (3, "Accessibility and awareness"),
        (4, "Complaint handling staff"),
        (5, "The complaint handling process"),
        (6, "Complaint stages"),
        (7, "Putting things right"),
        (8, "Self-assessment, reporting and compliance"),
        (9, "Scrutiny and oversight: continuous learning and improvement"),
    ];

    public static IReadOnlyList<CodeProvision> Provisions { get; } =
    [
        new("1.2", "A complaint is defined as the Code defines it: an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff or those acting on its behalf, affecting a resident or group of residents.", ["categories.complaint"]),
        new("1.3", "A resident need not use the word 'complaint'; whenever a resident expresses dissatisfaction they are given the choice to complain; a complaint made through a third party or representative is handled under the complaints policy.", ["categories.complaint", "categories.feedback", "classification"]),
        new("1.4", "Service requests are told apart from complaints, and the policy says how; they are not complaints, but are recorded, monitored and reviewed regularly.", ["categories.service-request"]),
        new("1.5", "A complaint is raised when the resident is dissatisfied with the response to a service request, even while the service request is still being handled, and work on the service request does not stop.", ["categories.service-request", "categories.escalated-service-request"]),
        new("1.6", "Dissatisfaction given in a survey is not a complaint, but the person is told how to complain; wherever the landlord asks for wider feedback it says how to complain.", ["categories.feedback"]),

        new("2.1", "A complaint is accepted unless there is a valid reason not to; the reasoning for not accepting one is evidenced, and each complaint is considered on its own merits.", ["exclusions"]),
        new("2.2", "The policy sets out, fairly and reasonably, when a matter will not be considered as a complaint or escalated; acceptable exclusions include an issue over twelve months old, legal proceedings started (a claim filed at court), and matters already considered under the policy.", ["exclusions"]),
        new("2.3", "Complaints made within twelve months of the issue occurring, or of the resident becoming aware of it, are accepted unless excluded on other grounds; discretion is considered for older ones where there is good reason.", ["age-limit", "exclusions.issue-too-old"]),
        new("2.4", "A complaint not accepted gets an explanation of why the matter is not suitable for the complaints process, and of the right to take that decision to the Ombudsman, who may tell the landlord to take it on.", ["exclusions", "signposting"]),
        new("2.5", "No blanket approach to excluding complaints: the individual circumstances of each are considered.", ["exclusions"]),

        new("3.1", "Complaining is made easy through different channels; the landlord considers its Equality Act 2010 duties and anticipates the needs and reasonable adjustments of residents who may need to use the complaints process.", []),
        new("3.2", "Residents can complain in any way and to any member of staff; all staff know the complaints process and can pass a complaint to the right person.", []),
        new("3.3", "High volumes of complaints are not seen as a negative (they can show an accessible, well-publicised process); low volumes may be a sign that residents cannot complain.", []),
        new("3.4", "The complaints policy is available to all residents in a clear and accessible format, setting out the two stages, what happens at each and the timescales, and is published on the landlord's website.", ["stages.stage1.acknowledge", "stages.stage1.respond", "stages.stage2.acknowledge", "stages.stage2.respond"]),
        new("3.5", "The policy explains how the landlord publicises it, including information about the Ombudsman and the Code.", []),
        new("3.6", "Residents can have a representative deal with their complaint, and be represented or accompanied at any meeting with the landlord.", []),
        new("3.7", "Residents are told of their right to go to the Housing Ombudsman and how they can engage with the Ombudsman about their complaint.", ["signposting"]),

        new("4.1", "A person or team (the 'complaints officer') is responsible for complaint handling, including liaising with the Ombudsman and making sure complaints are reported to the governing body.", ["roles"]),
        new("4.2", "The complaints officer can reach staff at all levels to resolve complaints promptly, and has the authority and autonomy to resolve disputes promptly and fairly.", ["stages.stage1.owner-roles", "stages.stage2.owner-roles"]),
        new("4.3", "Complaint handling and a culture of learning from complaints are a priority; relevant staff are suitably trained, and complaints are treated as a core service and resourced to be handled well.", []),

        new("5.1", "One policy covers every complaint the Code covers, and residents are not treated differently if they complain.", []),
        new("5.2", "Issues are resolved early and locally, without extra named stages such as 'stage 0' or 'informal complaint'.", ["categories.feedback", "quick-resolution"]),
        new("5.3", "No process with more than two stages, under any circumstances.", ["stages.stage1.name", "stages.stage2.name"]),
        new("5.4", "Where a third party (a contractor, an independent adjudicator) handles a complaint response at any stage, it is part of the two-stage process: residents do not go through two complaints processes.", []),
        new("5.5", "The landlord makes sure third parties handle complaints in line with the Code.", []),
        new("5.6", "When a complaint is logged at stage 1 or escalated to stage 2, the landlord sets out its understanding of the complaint and the outcomes the resident seeks (the complaint definition), asking the resident where anything is unclear.", []),
        new("5.7", "When a complaint is acknowledged at either stage, the landlord is clear which parts it is, and is not, responsible for, and clarifies where that is unclear.", []),
        new("5.8", "At each stage complaint handlers deal with complaints on their merits, act independently with an open mind, give the resident a fair chance to set out their position, address any actual or perceived conflict of interest, and consider all relevant information and evidence carefully.", ["stages.stage2.reviewer-must-differ"]),
        new("5.9", "Where a response will fall outside the Code's timescales, the landlord agrees with the resident suitable intervals for keeping them informed.", ["stages.stage1.contact-customer"]),
        new("5.10", "Reasonable adjustments are made where appropriate under the Equality Act 2010; adjustments agreed and disabilities disclosed are recorded, and agreed adjustments are kept under active review.", []),
        new("5.11", "Escalation through all stages is not refused without valid reasons, which are set out clearly and comply with section 2 of the Code.", ["escalation-window", "stages.stage2.refusal-grounds", "stages.stage2.requires-reasons"]),
        new("5.12", "A full record is kept of the complaint and the outcome at each stage: the original complaint and the date received, all correspondence with the resident and with others, and supporting documents such as reports or surveys.", []),
        new("5.13", "A complaint can be remedied at any stage, with appropriate remedies available without the need to escalate.", ["compensation"]),
        new("5.14", "There are policies and procedures for managing unacceptable behaviour by residents or their representatives when pursuing a complaint.", ["unreasonable-behaviour", "exclusions.unreasonable-behaviour"]),
        new("5.15", "Any restriction on contact for unacceptable behaviour is proportionate and shows regard for the Equality Act 2010.", ["unreasonable-behaviour"]),

        new("6.1", "There are processes to decide which complaints can be answered as early as possible and which need investigating, considering the complexity of the complaint and whether the resident is vulnerable or at risk.", ["quick-resolution"]),
        new("6.2", "Stage 1 complaints are acknowledged, defined and logged within five working days of being received.", ["stages.stage1.acknowledge"]),
        new("6.3", "A full stage 1 response within ten working days of the acknowledgement.", ["stages.stage1.respond"]),
        new("6.4", "The landlord decides whether a stage 1 extension is needed given the complaint's complexity and tells the resident when to expect the response; an extension is no more than ten working days without good reason, and the reasons are clearly explained.", ["stages.stage1.extension"]),
        new("6.5", "A resident told of an extension to the timescales is given the Ombudsman's contact details.", ["stages.stage1.extension.ombudsman-details"]),
        new("6.6", "The stage 1 response is sent when the answer to the complaint is known, not when outstanding actions are done; those are tracked and actioned promptly, with updates to the resident.", []),
        new("6.7", "The response addresses every point raised, with clear reasons for each decision, citing the relevant policy, law and good practice where appropriate.", []),
        new("6.8", "Related complaints raised during the investigation go into the stage 1 response if it has not been sent; otherwise, or if unrelated or if they would unreasonably delay the response, they are logged as new complaints.", []),
        new("6.9", "At the end of stage 1 the landlord confirms in writing, in plain language: the complaint stage, the complaint definition, the decision, the reasons for it, any remedy, any outstanding actions, and how to escalate to stage 2.", []),
        new("6.10", "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it is progressed to stage 2, the landlord's final response.", ["stages.stage2.name", "escalation-window"]),
        new("6.11", "Requests for stage 2 are acknowledged, defined and logged within five working days of the escalation request being received.", ["stages.stage2.acknowledge"]),
        new("6.12", "Residents are not required to explain why they ask for stage 2; the landlord makes reasonable efforts to understand why they remain unhappy.", ["stages.stage2.requires-reasons"]),
        new("6.13", "The person considering the complaint at stage 2 is not the person who considered it at stage 1.", ["stages.stage2.reviewer-must-differ"]),
        new("6.14", "A final stage 2 response within twenty working days of the acknowledgement.", ["stages.stage2.respond"]),
        new("6.15", "The landlord decides whether a stage 2 extension is needed given the complaint's complexity and tells the resident when to expect the response; an extension is no more than twenty working days without good reason, and the reasons are clearly explained.", ["stages.stage2.extension"]),
        new("6.16", "A resident told of an extension to the timescales is given the Ombudsman's contact details.", ["stages.stage2.extension.ombudsman-details"]),
        new("6.17", "The stage 2 response is sent when the answer to the complaint is known, not when outstanding actions are done; those are tracked and actioned promptly, with updates to the resident.", []),
        new("6.18", "The stage 2 response addresses every point raised, with clear reasons for each decision, citing the relevant policy, law and good practice where appropriate.", []),
        new("6.19", "At the end of stage 2 the landlord confirms in writing, in plain language: the complaint stage, the complaint definition, the decision, the reasons for it, any remedy, any outstanding actions, and how to take the complaint to the Ombudsman if still dissatisfied.", ["signposting"]),
        new("6.20", "Stage 2 is the landlord's final response and involves all the staff needed to give it.", ["stages.stage2.name", "stages.stage2.sign-off-role"]),

        new("7.1", "Where something has gone wrong the landlord acknowledges it and sets out what it has done or will do to put it right: an apology, an explanation, action on delay, a changed decision, a corrected record, a financial remedy, or changed policies and practices.", ["compensation"]),
        new("7.2", "Any remedy reflects the impact on the resident of the fault found.", ["compensation"]),
        new("7.3", "The remedy offer says what will happen and by when, agreed with the resident where appropriate, and is followed through to completion.", []),
        new("7.4", "Remedies take account of the Ombudsman's guidance on remedies.", ["compensation"]),

        new("8.1", "An annual complaints performance and service improvement report for scrutiny and challenge: the self-assessment against the Code, a qualitative and quantitative analysis of performance (with the types of complaint refused), any Ombudsman findings of non-compliance with the Code, the service improvements made from learning, and the Ombudsman's annual report and other publications on the landlord.", []),
        new("8.2", "The annual report is reported to the governing body and published on the complaints section of the website, with the governing body's response alongside it.", []),
        new("8.3", "A self-assessment is also carried out after a significant restructure, merger or change in procedures.", []),
        new("8.4", "The landlord may be asked to review and update the self-assessment after an Ombudsman investigation.", []),
        new("8.5", "If exceptional circumstances (such as a cyber incident) stop the landlord complying, it tells the Ombudsman and the residents affected, publishes it on its website, and gives a timescale for complying again.", []),

        new("9.1", "The landlord looks beyond the individual complaint for service improvements the learning from it allows.", []),
        new("9.2", "Complaints are used as a source of intelligence to identify issues and make positive changes to services, in a positive complaint handling culture.", []),
        new("9.3", "Wider learning and improvements from complaints are reported back to stakeholders such as residents' panels, staff and relevant committees.", []),
        new("9.4", "A suitably senior lead person is accountable for complaint handling and assesses themes and trends for systemic issues, serious risks, and policies and procedures that need revising.", ["roles"]),
        new("9.5", "A member of the governing body has lead responsibility for complaints, to support a positive complaint handling culture: the Member Responsible for Complaints (MRC).", []),
        new("9.6", "The MRC makes sure the governing body receives regular information on complaints that gives insight into complaint handling performance, and has the information and staff access to do so and report on it.", []),
        new("9.7", "The MRC and the governing body receive, as a minimum: regular updates on the volume, categories and outcomes of complaints and on complaint handling performance; regular reviews of issues and trends; regular updates on the outcomes of Ombudsman investigations and progress on orders from severe maladministration findings; and the annual report.", []),
        new("9.8", "Relevant employees and third parties have a standard objective on complaint handling: working collaboratively across teams to resolve complaints, taking collective responsibility for shortfalls rather than blaming others, and acting within any relevant professional body's standards.", []),
    ];

    /// <summary>The provision with this number ("6.2").</summary>
    public static CodeProvision Provision(string number) => Provisions.Single(p => p.Number == number);
}

/// <summary>One provision of the Code on the self-assessment form.</summary>
/// <param name="Number">As the Code numbers it: "6.2".</param>
/// <param name="Requirement">What it requires, summarised.</param>
/// <param name="PolicyPaths">The policy file's rules (rule-book keys) whose clauses are evidence for it; empty where a policy file cannot show it.</param>
public sealed record CodeProvision(string Number, string Requirement, IReadOnlyList<string> PolicyPaths)
{
    public int Section => int.Parse(Number.AsSpan(0, Number.IndexOf('.', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Code 6.2", as compliance findings and citations name it.</summary>
    public string Code => "Code " + Number;
}
