using ComplaintsBot.Tests.Workflows.Letters;
using Microsoft.Extensions.Configuration;
using ComplaintsBot.Tests.Workflows.SubjectAccess;

namespace ComplaintsBot.Tests.Cli;

/// <summary>The privacy commands as an operator runs them: what they print, what they write, and what they refuse.</summary>
public sealed class PrivacyCommandTests : IAsyncLifetime
{
    private CustomerRecords _records = null!;

    public async Task InitializeAsync() => _records = await CustomerRecords.CreateAsync();

    public async Task DisposeAsync() => await _records.DisposeAsync();

    [Fact]
    public void Privacy_export_writes_the_document_and_prints_the_request_its_due_date_and_the_lines_to_review()
    {
        var path = Path.Combine(_records.Folder, "out", "ann.docx");

        // The CLI's clock: Tuesday 24 November 2026, so the request is due Thursday 24 December.
        var run = CliRun.Of("privacy", "export", "--customer", "T-100", "--by", "max@landlord.example", "--out", path, "--db", _records.DatabasePath);

        Assert.True(run.ExitCode == 0, run.Error);
        var (paragraphs, errors, _) = LetterDocxTests.Read(File.ReadAllBytes(path));
        Assert.Empty(errors);
        var review = paragraphs.Count(p => p.StartsWith("REVIEW (", StringComparison.Ordinal));
        Assert.Equal(
            [
                "Subject access request 1: 3 cases about T-100 (HOC-2026-00001 HOC-2026-00002 WCH-2026-00001).",
                "Received 2026-11-24; the answer is due by 2026-12-24.",
                $"{review} lines marked REVIEW to check before release: {path}",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Privacy_export_by_someone_who_may_not_is_refused_with_the_reason_and_writes_nothing()
    {
        var path = Path.Combine(_records.Folder, "refused.docx");

        var run = CliRun.Of("privacy", "export", "--customer", "T-100", "--by", "olive@landlord.example", "--out", path, "--db", _records.DatabasePath);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Olive Officer may not prepare a subject access document", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Privacy_export_names_the_staff_member_acting()
    {
        var run = CliRun.Of("privacy", "export", "--customer", "T-100", "--by", "nobody@landlord.example", "--out", "x.docx", "--db", _records.DatabasePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Nobody in the staff directory has the email or object id nobody@landlord.example; --by names the member of staff acting.", run.Error.Trim());
    }
}

/// <summary>`privacy retention`, `privacy hold`, `privacy lift-hold` and `privacy erase` as an operator runs them.</summary>
public sealed class PrivacyRetentionCommandTests : IAsyncLifetime
{
    private CustomerRecords _records = null!;

    public async Task InitializeAsync() => _records = await CustomerRecords.CreateAsync();

    public async Task DisposeAsync() => await _records.DisposeAsync();

    private static Microsoft.Extensions.Configuration.IConfiguration Retention(int complaintYears) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:YearsAfterClosure:Complaint"] = complaintYears.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();

    [Fact]
    public void The_dry_run_lists_what_would_go_and_what_a_hold_keeps_and_changes_nothing()
    {
        var reference = _records.AnnComplaint.Reference.ToString();
        // The CLI's clock is 24 November 2026; Ann's complaint closed on 10 November. With a one-year schedule nothing is due yet.
        var none = CliRun.With(Retention(1), "privacy", "retention", "--dry-run", "--db", _records.DatabasePath);
        Assert.Equal(["reference\tkind\tended\tdue\tkept", "0 would be anonymised; 0 kept under legal hold. Nothing was changed (--dry-run)."], none.OutputLines);

        var hold = CliRun.Of("privacy", "hold", reference, "--reason", "Disrepair claim", "--by", "max@landlord.example", "--db", _records.DatabasePath);
        Assert.True(hold.ExitCode == 0, hold.Error);
        Assert.Equal($"{reference} is under legal hold: kept past its retention date, and not erased, until the hold is lifted.", hold.Output.Trim());
        var again = CliRun.Of("privacy", "hold", reference, "--reason", "Another", "--by", "max@landlord.example", "--db", _records.DatabasePath);
        Assert.Equal($"error: {reference} is already under legal hold (Disrepair claim).", again.Error.Trim());

        var lift = CliRun.Of("privacy", "lift-hold", reference, "--by", "olive@landlord.example", "--db", _records.DatabasePath);
        Assert.Equal(2, lift.ExitCode);
        Assert.Equal("error: Olive Officer may not lift a legal hold: managers and administrators do.", lift.Error.Trim());
    }

    [Fact]
    public async Task Once_the_date_has_come_the_dry_run_lists_the_case_and_the_run_anonymises_it()
    {
        var reference = _records.AnnComplaint.Reference;
        // Closed Tuesday 10 November 2026; six years later, Wednesday 10 November 2032.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2032, 11, 10, 9, 0, 0, TimeSpan.Zero));
        string Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.True(ComplaintsBot.Cli.AdminCli.Run(args, output, error, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), clock) == 0, error.ToString());
            return output.ToString();
        }

        var listed = $"{reference}\tComplaint\t2026-11-10\t2032-11-10\t-";
        Assert.Equal(string.Join(Environment.NewLine, "reference\tkind\tended\tdue\tkept", listed, "1 would be anonymised; 0 kept under legal hold. Nothing was changed (--dry-run).", ""),
            Run("privacy", "retention", "--dry-run", "--db", _records.DatabasePath));
        Assert.Equal("Ann Able", (await _records.Cases.FindAsync(reference))!.Customer.Name);

        Assert.EndsWith($"1 anonymised; 0 kept under legal hold; 0 changed meanwhile (left for the next run).{Environment.NewLine}",
            Run("privacy", "retention", "--db", _records.DatabasePath), StringComparison.Ordinal);
        Assert.Equal(Cases.Domain.Case.Anonymised, (await _records.Cases.FindAsync(reference))!.Description);
    }

    [Fact]
    public void Erase_is_refused_while_cases_are_open_with_each_reason()
    {
        var run = CliRun.Of("privacy", "erase", "--customer", "T-100", "--by", "ada@landlord.example", "--db", _records.DatabasePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: Nothing was erased: {_records.AnnServiceRequest.Reference} is open; {_records.AnnWchComplaint.Reference} is open. Erase once every case is closed and no hold remains.", run.Error.Trim());
    }
}
