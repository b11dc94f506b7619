namespace ComplaintsBot.Cases.Policies.Compliance;

/// <summary>
/// Every provision of the Housing Ombudsman's Complaint Handling Code (2024), in the order of the Ombudsman's
/// self-assessment form, each once: the annual report (Code 8.1) assesses the landlord against each of them. The
/// requirement is a short summary in our words, not the Code's text; <see cref="CodeProvision.PolicyPaths"/> name
/// the rules of a policy file that are evidence for it. Section 1.1 is the Code's introduction and asks nothing.
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
        new("1.2", "Complaints are defined as the Code defines them: any expression of dissatisfaction, however made, about the landlord's service, action or inaction, its staff or those acting for it, affecting one resident or a group.", ["categories.complaint"]),
        new("1.3", "Residents need not use the word 'complaint'; whenever they express dissatisfaction they are given the choice to complain; complaints made through a representative are handled under the same policy.", ["categories.complaint", "categories.feedback", "classification"]),
        new("1.4", "Service requests are told apart from complaints, and are recorded, monitored and reviewed.", ["categories.service-request"]),
        new("1.5", "Dissatisfaction with the response to a service request is raised as a complaint, and work on the service request carries on.", ["categories.service-request", "categories.escalated-service-request"]),
        new("1.6", "Dissatisfaction expressed in a survey is not a complaint, but the resident is told how to complain; wider feedback requests say how to complain.", ["categories.feedback"]),

        new("2.1", "Complaints are accepted unless there is a valid reason not to, the reasoning evidenced, each complaint on its merits.", ["exclusions"]),
        new("2.2", "The policy sets out, fairly, the circumstances in which a matter is not considered as a complaint or escalated, within those the Code allows.", ["exclusions"]),
        new("2.3", "Complaints raised within twelve months of the issue, or of the resident becoming aware of it, are accepted; older ones at discretion where there is good reason.", ["age-limit", "exclusions.issue-too-old"]),
        new("2.4", "A complaint not accepted gets a detailed explanation of why, and of the right to take that decision to the Ombudsman.", ["exclusions", "signposting"]),
        new("2.5", "No blanket exclusions: each complaint is considered on its own facts.", ["exclusions"]),

        new("3.1", "Complaining is easy: several channels, and reasonable adjustments where needed.", []),
        new("3.2", "Residents can complain in any way and to any member of staff, and every member of staff can pass a complaint on.", []),
        new("3.3", "High volumes of complaints are not seen as a negative; low volumes are looked into as a possible sign residents cannot complain.", []),
        new("3.4", "The complaints policy is published in a clear, accessible format, on the website.", []),
        new("3.5", "The policy explains the two-stage process, what happens at each stage and the timescales.", ["stages.stage1.acknowledge", "stages.stage1.respond", "stages.stage2.acknowledge", "stages.stage2.respond"]),
        new("3.6", "Residents can have a representative deal with their complaint.", []),
        new("3.7", "Residents are told of their right to go to the Housing Ombudsman and how, throughout the process.", ["signposting"]),

        new("4.1", "A person or team is responsible for complaint handling, including liaising with the Ombudsman.", ["roles"]),
        new("4.2", "The complaint handler can reach staff at every level to put things right.", ["stages.stage1.owner-roles", "stages.stage2.owner-roles"]),
        new("4.3", "Complaint handling is a priority with a culture of learning, and staff are trained.", []),

        new("5.1", "One policy covers every complaint the Code covers, and residents are treated equally under it.", []),
        new("5.2", "No extra informal stage ('stage 0') before the two stages.", ["categories.feedback", "quick-resolution"]),
        new("5.3", "Two stages only: a process with more than two stages is never acceptable.", ["stages.stage1.name", "stages.stage2.name"]),
        new("5.4", "Complaints handled by a third party on the landlord's behalf are part of the same two-stage process.", []),
        new("5.5", "Third parties handling complaints for the landlord know the Code.", []),
        new("5.6", "At each stage the landlord sets out its understanding of the complaint and the outcome sought, and asks the resident where anything is unclear.", []),
        new("5.7", "The landlord is clear which parts of the complaint it is, and is not, responsible for.", []),
        new("5.8", "Complaint handlers deal with complaints on their merits, independently and with an open mind, give the resident a fair chance to put their view, manage conflicts of interest and weigh all the evidence.", ["stages.stage2.reviewer-must-differ"]),
        new("5.9", "Where a response will fall outside the Code's timescales, the landlord agrees with the resident how often they will be kept informed.", ["stages.stage1.contact-customer"]),
        new("5.10", "Reasonable adjustments are made under the Equality Act 2010 and recorded.", []),
        new("5.11", "Escalation is not refused without a valid reason, and never for a reason the Code does not allow.", ["escalation-window", "stages.stage2.refusal-grounds", "stages.stage2.requires-reasons"]),
        new("5.12", "A full record is kept of every complaint at each stage: the complaint and the date received, every contact and the supporting documents.", []),
        new("5.13", "A complaint can be put right at any stage, without the resident having to escalate.", ["compensation"]),
        new("5.14", "There is a policy for managing unacceptable behaviour by residents or their representatives while pursuing a complaint.", ["unreasonable-behaviour", "exclusions.unreasonable-behaviour"]),
        new("5.15", "Restrictions on contact for unacceptable behaviour are proportionate and have regard to the Equality Act 2010.", ["unreasonable-behaviour"]),

        new("6.1", "Complaints that can be answered quickly are told apart from those that need investigating.", ["quick-resolution"]),
        new("6.2", "Stage 1 complaints are acknowledged, defined and logged within five working days of being received.", ["stages.stage1.acknowledge"]),
        new("6.3", "A full stage 1 response within ten working days of the acknowledgement.", ["stages.stage1.respond"]),
        new("6.4", "The resident is told when to expect the stage 1 response; an extension is no more than ten working days without good reason, and the reason is explained.", ["stages.stage1.extension"]),
        new("6.5", "A resident told of a stage 1 extension is given the Ombudsman's contact details.", ["stages.stage1.extension.ombudsman-details"]),
        new("6.6", "The stage 1 response is sent when the answer is known, not when outstanding actions are done; those are tracked and the resident kept informed.", []),
        new("6.7", "The stage 1 response addresses every point raised, with clear reasons, citing the policy, law and good practice that apply.", []),
        new("6.8", "Related complaints raised during stage 1 are taken into its response, or logged as new complaints.", []),
        new("6.9", "The stage 1 response confirms in writing: the stage, the complaint definition, the decision and its reasons, any remedy, outstanding actions, and how to escalate.", []),
        new("6.10", "A complaint not resolved at stage 1 goes to stage 2 unless an exclusion now applies.", ["stages.stage2.name", "escalation-window"]),
        new("6.11", "Stage 2 complaints are acknowledged, defined and logged within five working days of the escalation request.", ["stages.stage2.acknowledge"]),
        new("6.12", "Residents are not required to explain why they ask for stage 2; the landlord seeks to understand what is still outstanding.", ["stages.stage2.requires-reasons"]),
        new("6.13", "Stage 2 is considered by someone who did not consider stage 1.", ["stages.stage2.reviewer-must-differ"]),
        new("6.14", "A stage 2 response within twenty working days of the acknowledgement.", ["stages.stage2.respond"]),
        new("6.15", "The resident is told when to expect the stage 2 response; an extension is no more than twenty working days without good reason, and the reason is explained.", ["stages.stage2.extension"]),
        new("6.16", "A resident told of a stage 2 extension is given the Ombudsman's contact details.", ["stages.stage2.extension.ombudsman-details"]),
        new("6.17", "The stage 2 response is sent when the answer is known, not when outstanding actions are done.", []),
        new("6.18", "The stage 2 response addresses every point raised, with clear reasons.", []),
        new("6.19", "The stage 2 response confirms in writing: the stage, the complaint definition, the decision and its reasons, any remedy, outstanding actions, and how to take it to the Ombudsman.", ["signposting"]),
        new("6.20", "Stage 2 is the landlord's final response and involves every member of staff needed to give it.", ["stages.stage2.name", "stages.stage2.sign-off-role"]),

        new("7.1", "Where something went wrong, the landlord says so and sets out what it has done or will do to put it right (apology, explanation, action, compensation).", ["compensation"]),
        new("7.2", "Any remedy reflects the impact of the failing on the resident.", ["compensation"]),
        new("7.3", "The remedy says what will happen and by when, agreed with the resident where appropriate, and is followed through.", []),
        new("7.4", "Remedies take account of the Ombudsman's guidance on remedies.", ["compensation"]),

        new("8.1", "An annual complaints performance and service improvement report: this self-assessment, performance analysis (with the complaints refused), the Ombudsman's findings of non-compliance, the service improvements made, and the Ombudsman's reports on the landlord.", []),
        new("8.2", "The annual report goes to the governing body and is published on the complaints pages of the website, with the governing body's response.", []),
        new("8.3", "The self-assessment is repeated after a significant restructure, merger or change in procedures.", []),
        new("8.4", "The self-assessment is reviewed when the Ombudsman asks, for example after an investigation.", []),
        new("8.5", "If exceptional circumstances stop the landlord complying, it tells the Ombudsman and affected residents, publishes it, and says when it will comply again.", []),

        new("9.1", "The landlord looks beyond the individual complaint for service improvements the learning allows.", []),
        new("9.2", "Complaints are used as intelligence to improve services, in a positive complaint handling culture.", []),
        new("9.3", "Wider learning and improvements from complaints are reported back to residents, staff and committees.", []),
        new("9.4", "A suitably senior lead person is accountable for complaint handling and assesses themes and trends for systemic issues.", ["roles"]),
        new("9.5", "A member of the governing body has lead responsibility for complaints (the Member Responsible for Complaints).", []),
        new("9.6", "The Member Responsible for Complaints makes sure the governing body receives regular information on complaints.", []),
        new("9.7", "The governing body receives, as a minimum: regular updates on volumes, categories, outcomes and performance; reviews of issues and trends; the outcomes of Ombudsman investigations and progress on its orders; and the annual report.", []),
        new("9.8", "Relevant employees and third parties have a standard objective on complaint handling: collaborative, taking collective responsibility for shortfalls, and within professional standards.", []),
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
