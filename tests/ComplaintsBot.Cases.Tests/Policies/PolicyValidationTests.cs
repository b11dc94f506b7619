using ComplaintsBot.Cases.Policies;

namespace ComplaintsBot.Cases.Tests.Policies;

/// <summary>Each bad file fails with a message naming the file, the field path and the problem.</summary>
public sealed class PolicyValidationTests : IDisposable
{
    private readonly PolicyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void AssertFails(string fileName, string? field, string problem, string? loadFile = null)
    {
        var error = Assert.Throws<PolicyLoadException>(() => _folder.Load(loadFile ?? fileName));

        Assert.Equal(fileName, error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains($"'{fileName}'", error.Message);
        if (field is not null) Assert.Contains($"'{field}'", error.Message);
        Assert.Contains(problem, error.Message);
    }

    private void WriteChild(string body) => _folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + body);

    [Fact]
    public void An_unknown_key_is_named_with_its_full_path()
    {
        WriteChild("""
            stages:
              stage1:
                respond:
                  whithin: 10 working days
            """);
        AssertFails("child.yaml", "stages.stage1.respond.whithin", "unknown key 'whithin'");
    }

    [Fact]
    public void A_third_stage_is_an_unknown_key()
    {
        WriteChild("""
            stages:
              stage3:
                name: Stage 3
            """);
        AssertFails("child.yaml", "stages.stage3", "unknown key 'stage3'");
    }

    [Fact]
    public void A_misspelt_timescale_is_not_a_timescale()
    {
        WriteChild("""
            stages:
              stage2:
                respond:
                  within: 15 workin days
            """);
        AssertFails("child.yaml", "stages.stage2.respond.within", "'15 workin days' is not a timescale");
    }

    [Fact]
    public void A_stage_deadline_in_months_is_refused()
    {
        WriteChild("""
            stages:
              stage1:
                respond:
                  within: 1 month
            """);
        AssertFails("child.yaml", "stages.stage1.respond.within", "'1 month' is in months");
    }

    [Fact]
    public void An_unknown_event_is_named()
    {
        WriteChild("""
            stages:
              stage1:
                respond:
                  from: acknowledged
            """);
        AssertFails("child.yaml", "stages.stage1.respond.from", "unknown event 'acknowledged'");
    }

    [Fact]
    public void A_stage1_deadline_cannot_run_from_a_stage2_event()
    {
        WriteChild("""
            stages:
              stage1:
                respond:
                  from: stage2-acknowledged
            """);
        AssertFails("child.yaml", "stages.stage1.respond.from", "event 'stage2-acknowledged' cannot start this timescale");
    }

    [Fact]
    public void An_acknowledgement_cannot_run_from_itself()
    {
        WriteChild("""
            stages:
              stage2:
                acknowledge:
                  from: stage2-acknowledged
            """);
        AssertFails("child.yaml", "stages.stage2.acknowledge.from", "its own event");
    }

    [Fact]
    public void A_landlord_file_must_state_its_own_reference_prefix()
    {
        _folder.Write("child.yaml", """
            id: child
            name: Test policy
            landlord: Test Housing
            extends: hoc-2024
            source: Written by a test
            """);
        AssertFails("child.yaml", "reference-prefix", "missing required field");
    }

    [Fact]
    public void A_category_without_a_definition_is_missing_a_required_field()
    {
        WriteChild("""
            categories:
              - id: complaint
                kind: complaint
                name: Complaint
            """);
        AssertFails("child.yaml", "categories[0].definition", "missing required field");
    }

    [Fact]
    public void A_stage_without_a_response_deadline_is_missing_a_required_field()
    {
        WriteChild("""
            stages:
              stage2:
                respond: ~
            """);
        AssertFails("child.yaml", "stages.stage2.respond", "missing required field");
    }

    [Fact]
    public void A_duplicate_category_id_is_refused()
    {
        WriteChild("""
            categories:
              - id: complaint
                kind: complaint
                name: Complaint
                definition: An expression of dissatisfaction.
              - id: complaint
                kind: feedback
                name: Grumble
                definition: A dissatisfaction that is not a complaint.
            """);
        AssertFails("child.yaml", "categories[1].id", "duplicate category id 'complaint'");
    }

    [Fact]
    public void An_unknown_category_kind_is_refused()
    {
        WriteChild("""
            categories:
              - id: complaint
                kind: grievance
                name: Complaint
                definition: An expression of dissatisfaction.
            """);
        AssertFails("child.yaml", "categories[0].kind", "unknown kind 'grievance'");
    }

    [Fact]
    public void A_quick_resolution_pointing_at_an_unknown_category_is_refused()
    {
        WriteChild("""
            quick-resolution:
              category: grumble
              respond-within: 3 working days
            """);
        AssertFails("child.yaml", "quick-resolution.category", "quick-resolution points at unknown category 'grumble'");
    }

    [Fact]
    public void An_extends_cycle_is_refused()
    {
        _folder.Write("a.yaml", PolicyFolder.LandlordHead("a", extends: "b"));
        _folder.Write("b.yaml", PolicyFolder.LandlordHead("b", extends: "a"));
        AssertFails("b.yaml", "extends", "extends cycle: a -> b -> a", loadFile: "a.yaml");
    }

    [Fact]
    public void A_policy_extending_itself_is_a_cycle()
    {
        _folder.Write("a.yaml", PolicyFolder.LandlordHead("a", extends: "a"));
        AssertFails("a.yaml", "extends", "extends cycle: a -> a");
    }

    [Fact]
    public void An_unknown_parent_is_refused()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child", extends: "hoc-2020"));
        AssertFails("child.yaml", "extends", "unknown parent policy 'hoc-2020'");
    }

    [Fact]
    public void A_parent_given_as_a_path_is_refused()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child", extends: "../hoc-2024"));
        AssertFails("child.yaml", "extends", "'../hoc-2024' is not a policy id");
    }

    [Fact]
    public void An_id_not_matching_the_file_name_is_refused()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("wch"));
        AssertFails("child.yaml", "id", "id 'wch' does not match the file name");
    }

    [Fact]
    public void A_yes_no_field_must_be_true_or_false()
    {
        WriteChild("""
            age-limit:
              discretionary: sometimes
            """);
        AssertFails("child.yaml", "age-limit.discretionary", "'sometimes' is not true or false");
    }

    [Fact]
    public void An_approver_must_be_one_of_the_policys_roles()
    {
        WriteChild("""
            stages:
              stage1:
                extension:
                  approver: chief-executive
            """);
        AssertFails("child.yaml", "stages.stage1.extension.approver", "unknown role 'chief-executive'");
    }

    [Fact]
    public void A_code_basis_must_be_one_the_code_accepts()
    {
        WriteChild("""
            exclusions:
              - id: vexatious
                question: Is the complaint vexatious?
                explanation: We will not consider vexatious complaints.
                discretionary: true
                code-basis: vexatious
            """);
        AssertFails("child.yaml", "exclusions[0].code-basis", "unknown code-basis 'vexatious'");
    }

    [Fact]
    public void A_list_field_given_a_single_value_is_refused()
    {
        WriteChild("""
            exclusions: none
            """);
        AssertFails("child.yaml", "exclusions", "expected a list");
    }

    [Fact]
    public void Compensation_thresholds_must_go_up()
    {
        WriteChild("""
            compensation:
              - up-to: 500
                approver: complaint-lead
              - up-to: 250
                approver: complaint-handler
            """);
        AssertFails("child.yaml", "compensation[1].up-to", "thresholds must go up");
    }

    [Fact]
    public void A_reference_prefix_must_be_capital_letters()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child").Replace("reference-prefix: TST", "reference-prefix: tst-1"));
        AssertFails("child.yaml", "reference-prefix", "'tst-1' is not a reference prefix");
    }

    [Fact]
    public void Invalid_yaml_names_the_file_and_the_line()
    {
        _folder.Write("child.yaml", "id: child\nname: [unclosed\n");
        AssertFails("child.yaml", null, "not valid YAML at line");
    }

    [Fact]
    public void A_key_given_twice_is_refused()
    {
        _folder.Write("child.yaml", PolicyFolder.LandlordHead("child") + "reference-prefix: TWO\n");
        AssertFails("child.yaml", null, "Duplicate key");
    }

    [Fact]
    public void An_error_in_the_parent_names_the_parent_file()
    {
        _folder.Write("hoc-2024.yaml", File.ReadAllText(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"))
            .Replace("within: 20 working days", "within: twenty working days"));
        WriteChild("");
        AssertFails("hoc-2024.yaml", "stages.stage2.respond.within", "'twenty working days' is not a timescale", loadFile: "child.yaml");
    }

    [Fact]
    public void A_catalog_without_the_code_is_refused()
    {
        using var folder = new PolicyFolder(withCode: false);
        folder.Write("child.yaml", PolicyFolder.LandlordHead("child", extends: "hoc-2024"));

        var error = Assert.Throws<PolicyLoadException>(() => PolicyCatalog.Load(folder.Path));

        Assert.Equal("child.yaml", error.File);
        Assert.Contains("unknown parent policy 'hoc-2024'", error.Message);
    }

    [Fact]
    public void A_catalog_must_hold_the_default_policy()
    {
        using var folder = new PolicyFolder(withCode: false);
        folder.Write("root.yaml", File.ReadAllText(Path.Combine(PolicyCatalog.DefaultFolder, "hoc-2024.yaml"))
            .Replace("id: hoc-2024", "id: root"));

        var error = Assert.Throws<PolicyLoadException>(() => PolicyCatalog.Load(folder.Path));

        Assert.Equal("hoc-2024.yaml", error.File);
        Assert.Contains("the default policy is missing", error.Message);
    }

    [Fact]
    public void A_catalog_names_an_unknown_policy_id_and_the_known_ones()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => PolicyCatalog.Load().Get("abc"));
        Assert.Contains("No policy 'abc'", error.Message);
        Assert.Contains("hoc-2024", error.Message);
    }
}
