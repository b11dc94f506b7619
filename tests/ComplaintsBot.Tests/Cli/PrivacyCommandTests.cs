using ComplaintsBot.Tests.Workflows.Letters;
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
