using System.Text.Json.Nodes;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;

namespace ComplaintsBot.Tests.Workflows.ContactRestrictions;

/// <summary>
/// Unacceptable behaviour as the policy provides for it: WCH 7.1-7.2 lets WCH limit or prevent a customer's contact
/// (recorded on its Cautionary Use Database) and the policy file names the Customer Experience Manager to decide it. The
/// Code asks that any restriction is proportionate, with regard to the Equality Act 2010 (Code 5.15), and HiS that it is reviewed.
/// </summary>
public sealed class ContactRestrictionTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _cxm = null!;
    private StaffMember _manager = null!;
    private StaffMember _owner = null!;

    public async Task InitializeAsync()
    {
        _cxm = await _host.StaffAsync("Alex Morgan", ["customer-experience-manager", StaffRoles.ComplaintsManager]);
        _manager = await _host.StaffAsync("Ann Lowe", ["assistant-director", StaffRoles.Manager]);
        _owner = await _host.StaffAsync("Tom Hart", ["team-manager"], _manager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Wch_7_1_the_customer_experience_manager_restricts_contact_and_the_case_card_says_how_who_decided_and_the_review_date()
    {
        var @case = await _host.ComplaintAsync("wch", "WCH", _owner);

        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_cxm, "restrictContact", @case.Id, @case.Version)));
        Assert.Contains("Persistent & Unreasonable Behaviour Policy", form);
        Assert.Contains("Code 5.15", form);
        Assert.Contains("reasonable adjustments: none recorded", form);

        var card = InvokeAssert.Card(await _host.ClickAsync(_cxm, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")));

        Assert.StartsWith("Contact restricted by Alex Morgan, to be reviewed by Mon 8 Mar 2027.", InvokeAssert.Notice(card));
        var text = InvokeAssert.AllText(card);
        Assert.Contains("By email to complaints@example.org only; no phone calls.", text);
        Assert.Contains("Decided by Alex Morgan, the Customer Experience Manager (policy owner), on Mon 7 Dec 2026, because: Abusive phone calls to the repairs team.", text);
        Assert.Contains("To be reviewed by Mon 8 Mar 2027.", text);
        Assert.Contains("reviewContactRestriction", InvokeAssert.Verbs(card));
        Assert.DoesNotContain("restrictContact", InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        var restriction = Assert.Single(saved.ContactRestrictions);
        Assert.Equal((_cxm.Id, "customer-experience-manager", new DateOnly(2027, 3, 8)), (restriction.DecidedById, restriction.DeciderRole, restriction.ReviewBy));
        Assert.Equal("Hearing loss considered: written contact suits them.", restriction.NeedsConsidered);
        Assert.Contains(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == CaseAuditActions.ContactRestricted);
    }

    [Fact]
    public async Task Wch_7_1_only_the_role_the_policy_names_restricts_contact_not_any_manager()
    {
        var @case = await _host.ComplaintAsync("wch", "WCH", _owner);

        var message = InvokeAssert.Error(await _host.ClickAsync(_manager, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")), 403, "Forbidden");

        Assert.StartsWith("Only the Customer Experience Manager (policy owner) decides restrictions on contact (WCH 7.1-7.2, 5.3.2)", message);
        Assert.Empty((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions);
    }

    [Fact]
    public async Task Code_5_15_a_restriction_needs_how_the_customers_needs_were_considered_and_a_review_date_after_today()
    {
        var @case = await _host.ComplaintAsync("wch", "WCH", _owner);
        var withoutNeeds = Restriction("2027-03-08");
        withoutNeeds.Remove("needsConsidered");

        Assert.Contains("How the customer's needs were considered is missing",
            InvokeAssert.Error(await _host.ClickAsync(_cxm, "restrictContact", @case.Id, @case.Version, withoutNeeds), 400, "BadRequest"));
        var today = InvokeAssert.Card(await _host.ClickAsync(_cxm, "restrictContact", @case.Id, @case.Version, Restriction("2026-12-07")));
        Assert.Contains("The review date must be after today", InvokeAssert.Notice(today));
        Assert.Empty((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions);
    }

    [Fact]
    public async Task Code_5_15_a_restriction_is_reviewed_by_its_date_then_kept_to_a_new_date_or_lifted()
    {
        var @case = await _host.ComplaintAsync("wch", "WCH", _owner);
        @case = await _host.ChangeAsync(@case, c => c.RestrictContact("By email only.", "Abusive calls.", "No needs recorded; email suits them.",
            new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 7), _cxm.Id, "customer-experience-manager", Start));
        _host.Clock.Advance(TimeSpan.FromDays(8)); // Tue 15 Dec: the review is due

        var due = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_cxm, "reviewContactRestriction", @case.Id, @case.Version)));
        Assert.Contains("Its review was due on Mon 14 Dec 2026", due);

        var kept = InvokeAssert.Card(await _host.ClickAsync(_cxm, "reviewContactRestriction", @case.Id, @case.Version,
            new JsonObject { ["review"] = "keep", ["reviewBy"] = "2027-03-15", ["note"] = "Calls still abusive last week." }));
        Assert.StartsWith("Restriction kept by Alex Morgan, to be reviewed again by Mon 15 Mar 2027.", InvokeAssert.Notice(kept));
        @case = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(new DateOnly(2027, 3, 15), @case.ActiveContactRestriction!.ReviewBy);

        var lifted = InvokeAssert.Card(await _host.ClickAsync(_cxm, "reviewContactRestriction", @case.Id, @case.Version,
            new JsonObject { ["review"] = "lift", ["note"] = "No further incidents." }));
        Assert.StartsWith("Restriction lifted by Alex Morgan", InvokeAssert.Notice(lifted));
        Assert.DoesNotContain("Contact restricted", InvokeAssert.AllText(lifted));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Null(saved.ActiveContactRestriction);
        Assert.Equal("No further incidents.", Assert.Single(saved.ContactRestrictions).ReviewNote); // the record is kept
    }

    [Fact]
    public async Task Whg_2_27_provides_no_restriction_of_contact_so_none_is_offered_or_accepted()
    {
        var director = await _host.StaffAsync("Dee Shaw", ["director-of-business-excellence", StaffRoles.Manager]);
        var @case = await _host.ComplaintAsync("whg", "WHG", _owner);

        var message = InvokeAssert.Error(await _host.ClickAsync(director, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")), 403, "Forbidden");

        Assert.Contains("makes no provision for restricting a customer's contact", message);
    }

    [Fact]
    public async Task Cfp_10_a_senior_manager_restricts_contact_under_the_linked_guidance_and_the_relevant_manager_may_not()
    {
        var senior = await _host.StaffAsync("Kim Lee", ["senior-manager"]);
        var relevant = await _host.StaffAsync("Raj Dutt", ["relevant-manager", StaffRoles.Manager]);
        var @case = await _host.ComplaintAsync("cfp-2018", "CFP", _owner);

        var refused = InvokeAssert.Error(await _host.ClickAsync(relevant, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")), 403, "Forbidden");
        Assert.StartsWith("Only the Senior manager decides restrictions on contact (cfp 10)", refused);

        var card = InvokeAssert.Card(await _host.ClickAsync(senior, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")));

        Assert.StartsWith("Contact restricted by Kim Lee, to be reviewed by Mon 8 Mar 2027.", InvokeAssert.Notice(card));
        Assert.Contains("Decided by Kim Lee, the Senior manager, on Mon 7 Dec 2026, because: Abusive phone calls to the repairs team.", InvokeAssert.AllText(card));
        Assert.Equal("senior-manager", Assert.Single((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions).DeciderRole);
    }

    [Fact]
    public async Task HiS_repeat_or_habitual_complaints_the_customer_focus_manager_restricts_contact_and_a_service_lead_may_not()
    {
        var focusManager = await _host.StaffAsync("Sam Patel", ["customer-focus-manager", StaffRoles.ComplaintsManager]);
        var lead = await _host.StaffAsync("Priya Shah", ["service-lead", StaffRoles.Manager]);
        var @case = await _host.ComplaintAsync("his", "HIS", lead);

        var refused = InvokeAssert.Error(await _host.ClickAsync(lead, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")), 403, "Forbidden");
        Assert.StartsWith("Only the Customer Focus Manager (CFM) decides restrictions on contact (HiS, How we will deal with repeat or habitual complaints)", refused);

        var card = InvokeAssert.Card(await _host.ClickAsync(focusManager, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")));

        Assert.StartsWith("Contact restricted by Sam Patel, to be reviewed by Mon 8 Mar 2027.", InvokeAssert.Notice(card));
        Assert.Equal("customer-focus-manager", Assert.Single((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions).DeciderRole);
    }

    [Fact]
    public async Task Tch_10_1_the_customer_experience_manager_restricts_contact_under_the_ombudsmans_guidance_and_the_stage_2_manager_may_not()
    {
        var experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager", StaffRoles.ComplaintsManager]);
        var reviewManager = await _host.StaffAsync("Raj Dutt", ["manager", StaffRoles.Manager]);
        var officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], experienceManager);
        var @case = await _host.ComplaintAsync("tch-rosebery", "TCH", officer);

        var refused = InvokeAssert.Error(await _host.ClickAsync(reviewManager, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")), 403, "Forbidden");
        Assert.StartsWith("Only the Customer Experience Manager decides restrictions on contact (TCH 10.1-10.2)", refused);
        Assert.Empty((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions);

        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(experienceManager, "restrictContact", @case.Id, @case.Version)));
        Assert.Contains("Housing Ombudsman Service guidance on unacceptable behaviour (TCH 10.1)", form);
        var card = InvokeAssert.Card(await _host.ClickAsync(experienceManager, "restrictContact", @case.Id, @case.Version, Restriction("2027-03-08")));

        Assert.StartsWith("Contact restricted by Sam Patel, to be reviewed by Mon 8 Mar 2027.", InvokeAssert.Notice(card));
        Assert.Contains("Decided by Sam Patel, the Customer Experience Manager, on Mon 7 Dec 2026, because: Abusive phone calls to the repairs team.", InvokeAssert.AllText(card));
        Assert.Equal("customer-experience-manager", Assert.Single((await _host.Cases.FindAsync(@case.Id))!.ContactRestrictions).DeciderRole);
    }

    private static JsonObject Restriction(string reviewBy) => new()
    {
        ["terms"] = "By email to complaints@example.org only; no phone calls.",
        ["reason"] = "Abusive phone calls to the repairs team.",
        ["needsConsidered"] = "Hearing loss considered: written contact suits them.",
        ["reviewBy"] = reviewBy,
    };
}
