using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Tests.CardActions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsBot.Tests.Workflows.UnreasonableBehaviour;

/// <summary>
/// Ending the complaints process under the policy's provision for unreasonable behaviour: TCH 10.2 ("when the contact
/// from the customer is unreasonably persistent, we may choose to close the complaint with a final letter outlining our
/// actions and response to the issues originally raised"), decided by the Customer Experience Manager; whg 2.27 ("On
/// occasion we may end the complaints process"), decided by the Director of Business Excellence. Nowhere else.
/// </summary>
public sealed class EndComplaintTests : IAsyncLifetime
{
    // Monday 7 December 2026, 10:00 in London (GMT).
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private StaffMember _experienceManager = null!;
    private StaffMember _reviewManager = null!;
    private StaffMember _officer = null!;

    public async Task InitializeAsync()
    {
        _experienceManager = await _host.StaffAsync("Sam Patel", ["customer-experience-manager", StaffRoles.ComplaintsManager]);
        _reviewManager = await _host.StaffAsync("Raj Dutt", ["manager", StaffRoles.Manager]);
        _officer = await _host.StaffAsync("Priya Shah", ["senior-customer-experience-officer"], _experienceManager);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tch_10_2_the_customer_experience_manager_ends_an_unreasonably_persistent_customers_complaint_with_a_final_letter()
    {
        var @case = await _host.ChangeAsync(await _host.ComplaintAsync("tch-rosebery", "TCH", _officer), c => c.Acknowledge(Start));
        var before = _host.Services.GetRequiredService<CaseDeadlines>().Now(@case, _host.Services.GetRequiredService<CaseDeadlines>().PolicyOf(@case))
            .Single(d => d.Kind == DeadlineKind.Stage1Response);

        var offered = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "refreshCase", @case.Id, @case.Version));
        Assert.Contains("endComplaint", InvokeAssert.Verbs(offered));
        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, @case.Version)));
        Assert.Contains("TCH 10.1-10.2: handled under Housing Ombudsman Service guidance on unacceptable behaviour (TCH 10.1); decided by the Customer Experience Manager.", form);
        Assert.Contains("Close the complaint only with a final letter", form);

        var card = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, @case.Version, Ending()));

        Assert.StartsWith("Complaints process ended by Sam Patel under Housing Ombudsman Service guidance on unacceptable behaviour (TCH 10.1) (TCH 10.1-10.2).", InvokeAssert.Notice(card));
        var text = InvokeAssert.AllText(card);
        Assert.Contains("Complaints process ended for unreasonable behaviour (TCH 10.1-10.2) on Mon 7 Dec 2026", text);
        Assert.DoesNotContain("endComplaint", InvokeAssert.Verbs(card));
        Assert.Contains("letter", InvokeAssert.Verbs(card));
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal(CaseStatus.EndedForUnreasonableBehaviour, saved.Status);
        Assert.Equal((_experienceManager.Id, "customer-experience-manager", Start), (saved.Ending!.DecidedById, saved.Ending.DeciderRole, saved.Ending.EndedAt));
        Assert.Equal("Thirty calls in two weeks to five colleagues about the same repair, after our response.", saved.Ending.Reasons);
        Assert.Contains(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == CaseAuditActions.ComplaintEnded);

        // The running deadline stopped where it stood: weeks later it is neither overdue nor reminded of.
        _host.Clock.Advance(TimeSpan.FromDays(40));
        var deadlines = _host.Services.GetRequiredService<CaseDeadlines>();
        var after = deadlines.Now(saved, deadlines.PolicyOf(saved)).Single(d => d.Kind == DeadlineKind.Stage1Response);
        Assert.Equal((before.Due, before.Status, before.WorkingDaysLeft), (after.Due, after.Status, after.WorkingDaysLeft));
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>().CreateDbContextAsync())
            Assert.Empty(await db.CaseDeadlines.Where(d => d.CaseId == @case.Id).ToListAsync());

        _host.Connector.Clear();
        await _host.ClickAsync(_experienceManager, "letter", saved.Id, saved.Version);
        var letter = _host.Connector.Sends.Select(s => s.Text).OfType<string>().Single(t => t.Contains("we have ended the complaints process", StringComparison.Ordinal));
        Assert.Contains("What we have done and our response", letter);
        Assert.Contains("We inspected the wall twice, treated the mould on 1 December and will replaster it on 14 December.", letter);
        Assert.Contains("Our reasons: Thirty calls in two weeks to five colleagues about the same repair, after our response.", letter);
        Assert.Contains("the complaints process has ended", letter);
        Assert.Single(Regex.Matches(letter, "L33 7WQ")); // the Ombudsman's details, once
        Assert.DoesNotContain("No vulnerability recorded", letter); // how their needs were considered is our record only
        var links = _host.Connector.Sends.Single(s => s.Card is not null).Card!["actions"]!.AsArray().Select(a => new Uri((string)a!["url"]!).AbsolutePath);
        Assert.Contains($"/cases/{saved.Reference}/letters/ended.html", links);
    }

    [Fact]
    public async Task Tch_10_2_only_the_customer_experience_manager_ends_the_complaint_not_the_stage_2_manager()
    {
        var @case = await _host.ComplaintAsync("tch-rosebery", "TCH", _officer);

        var refused = InvokeAssert.Error(await _host.ClickAsync(_reviewManager, "endComplaint", @case.Id, @case.Version, Ending()), 403, "Forbidden");

        Assert.StartsWith("Only the Customer Experience Manager ends the complaints process for unreasonable behaviour (TCH 10.1-10.2).", refused);
        var saved = (await _host.Cases.FindAsync(@case.Id))!;
        Assert.Equal((CaseStatus.Open, @case.Version), (saved.Status, saved.Version));
    }

    [Fact]
    public async Task A_forged_click_by_the_case_owner_is_refused_and_the_button_is_never_offered_to_them()
    {
        var @case = await _host.ComplaintAsync("tch-rosebery", "TCH", _officer);

        var card = InvokeAssert.Card(await _host.ClickAsync(_officer, "refreshCase", @case.Id, @case.Version));
        var refused = InvokeAssert.Error(await _host.ClickAsync(_officer, "endComplaint", @case.Id, @case.Version, Ending()), 403, "Forbidden");

        Assert.DoesNotContain("endComplaint", InvokeAssert.Verbs(card));
        Assert.StartsWith("Only the Customer Experience Manager ends the complaints process", refused);
        Assert.Null((await _host.Cases.FindAsync(@case.Id))!.Ending);
    }

    [Fact]
    public async Task Whg_2_27_only_the_director_of_business_excellence_may_end_the_complaints_process()
    {
        var director = await _host.StaffAsync("Dee Shaw", ["director-of-business-excellence"]);
        var serviceManager = await _host.StaffAsync("Ann Lowe", ["service-manager", StaffRoles.Manager]);
        var @case = await _host.ComplaintAsync("whg", "WHG", _officer);

        var refused = InvokeAssert.Error(await _host.ClickAsync(serviceManager, "endComplaint", @case.Id, @case.Version, Ending()), 403, "Forbidden");
        Assert.StartsWith("Only the Director of Business Excellence ends the complaints process for unreasonable behaviour (whg 2.27)", refused);

        // The director sees every whg case to act on it, as a restriction's decider does, without a manager's role.
        var form = InvokeAssert.AllText(InvokeAssert.Card(await _host.ClickAsync(director, "endComplaint", @case.Id, @case.Version)));
        Assert.Contains("Where the customer has vulnerabilities, the Director of Business Excellence reviews", form);
        var card = InvokeAssert.Card(await _host.ClickAsync(director, "endComplaint", @case.Id, @case.Version, Ending()));

        Assert.StartsWith("Complaints process ended by Dee Shaw under Managing Challenging Behaviour Policy (whg 2.27).", InvokeAssert.Notice(card));
        Assert.Equal("director-of-business-excellence", (await _host.Cases.FindAsync(@case.Id))!.Ending!.DeciderRole);
    }

    [Fact]
    public async Task Whg_2_27_while_nobody_holds_the_directors_role_an_administrator_decides_as_fallback()
    {
        var admin = await _host.StaffAsync("Kim Lee", [StaffRoles.Admin]);
        var @case = await _host.ComplaintAsync("whg", "WHG", _officer);

        InvokeAssert.Card(await _host.ClickAsync(admin, "endComplaint", @case.Id, @case.Version, Ending()));

        Assert.Equal(StaffRoles.Admin, (await _host.Cases.FindAsync(@case.Id))!.Ending!.DeciderRole);
    }

    [Theory]
    [InlineData("wch", "WCH")]
    [InlineData("hoc-2024", "HOC")]
    public async Task A_policy_without_the_measure_does_not_offer_it_and_refuses_it(string policyId, string prefix)
    {
        var lead = await _host.StaffAsync("Alex Morgan", ["customer-experience-manager", "complaint-lead", StaffRoles.ComplaintsManager]);
        var @case = await _host.ComplaintAsync(policyId, prefix, _officer);

        var card = InvokeAssert.Card(await _host.ClickAsync(lead, "refreshCase", @case.Id, @case.Version));
        var refused = InvokeAssert.Error(await _host.ClickAsync(lead, "endComplaint", @case.Id, @case.Version, Ending()), 403, "Forbidden");

        Assert.DoesNotContain("endComplaint", InvokeAssert.Verbs(card));
        Assert.Contains("makes no provision for ending the complaints process for unreasonable behaviour", refused);
        Assert.Equal(CaseStatus.Open, (await _host.Cases.FindAsync(@case.Id))!.Status);
    }

    [Fact]
    public async Task Nothing_typed_is_lost_a_form_sent_after_the_case_changed_or_with_a_box_empty_comes_back_as_typed()
    {
        var @case = await _host.ComplaintAsync("tch-rosebery", "TCH", _officer);
        var opened = @case.Version;
        @case = await _host.ChangeAsync(@case, c => c.Acknowledge(Start));

        var stale = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, opened, Ending()));
        Assert.StartsWith($"Not ended yet: {@case.Reference} changed since this form was opened.", InvokeAssert.Notice(stale));
        Assert.Contains("Thirty calls in two weeks to five colleagues about the same repair, after our response.", InvokeAssert.AllText(stale));
        Assert.Equal(@case.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), stale["actions"]![0]!["data"]!["version"]!.ToString());

        var withoutNeeds = Ending();
        withoutNeeds["needsConsidered"] = " ";
        var missing = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, @case.Version, withoutNeeds));
        Assert.Contains("How the customer's needs were considered", InvokeAssert.Notice(missing));
        Assert.Contains("We inspected the wall twice", InvokeAssert.AllText(missing));
        Assert.Equal(CaseStatus.Open, (await _host.Cases.FindAsync(@case.Id))!.Status);

        // The same form sent twice ends the complaint once.
        InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, @case.Version, Ending()));
        var again = InvokeAssert.Card(await _host.ClickAsync(_experienceManager, "endComplaint", @case.Id, @case.Version, Ending()));
        Assert.StartsWith("Nothing was changed", InvokeAssert.Notice(again));
        Assert.Single(await _host.Cases.AuditTrailAsync(@case.Id), a => a.Action == CaseAuditActions.ComplaintEnded);
    }

    private static JsonObject Ending() => new()
    {
        ["response"] = "We inspected the wall twice, treated the mould on 1 December and will replaster it on 14 December.",
        ["reasons"] = "Thirty calls in two weeks to five colleagues about the same repair, after our response.",
        ["needsConsidered"] = "No vulnerability recorded; we checked with the customer's support worker, who agreed writing suits them.",
    };
}
