using System.Net;
using System.Text.RegularExpressions;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Workflows.Letters;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>The response letter as a Word document: what the HTML letter says, in order, and a file Word opens cleanly.</summary>
public sealed partial class LetterDocxTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly PolicyCatalog Policies = PolicyCatalog.Load();
    private readonly StageResponseLetters _letters =
        new(new CaseDeadlines(Policies, new ActivePolicy(Policies.Get("hoc-2024")), new DeadlineCalculator(), new FakeTimeProvider(Start)));

    /// <summary>Every paragraph of a DOCX as its text, and the SDK validator's errors.</summary>
    public static (List<string> Paragraphs, List<string> Errors, string? Title) Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        return (paragraphs, errors, document.PackageProperties.Title);
    }

    // The HTML letter's headings and paragraphs, in order, as a reader sees them.
    private static List<string> HtmlBlocks(string html) =>
        Block().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    [GeneratedRegex("<(h1|h2|p)>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [Theory]
    [InlineData("hoc-2024", 1)]
    [InlineData("whg", 1)]
    [InlineData("hoc-2024", 2)]
    public void The_docx_letter_says_what_the_html_letter_says_in_the_same_order_and_passes_the_validator(string policyId, int stage)
    {
        var policy = Policies.Get(policyId);
        var @case = Responded(policy, stage);

        var letter = _letters.Compose(@case, policy, stage);
        var (paragraphs, errors, title) = Read(LetterDocx.Write(letter));

        Assert.Empty(errors);
        Assert.Equal(HtmlBlocks(letter.Html), paragraphs);
        Assert.Equal(letter.Subject, title);
        Assert.Contains("We are offering you £150.00 in compensation.", paragraphs);
        // Customer text stays text: Word shows the angle brackets, nothing is taken as markup.
        Assert.Contains("We understood your complaint to be: Damp and mould <b>in</b> the back bedroom.", paragraphs);
    }

    [Fact]
    public void Headings_are_word_headings_so_the_officer_can_restyle_and_navigate_them()
    {
        var policy = Policies.Get("hoc-2024");
        var letter = _letters.Compose(Responded(policy, 1), policy, 1);

        using var document = WordprocessingDocument.Open(new MemoryStream(LetterDocx.Write(letter)), false);
        var headings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();

        Assert.Equal(letter.Sections.Select(s => s.Heading).OfType<string>(), headings);
        Assert.NotNull(document.MainDocumentPart.StyleDefinitionsPart?.Styles?.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1"));
    }

    private static Case Responded(Policy policy, int stage)
    {
        var @case = Case.Open(new CaseReference(policy.ReferencePrefix, 2026, 42), new CaseIntake
        {
            PolicyId = policy.Id, CategoryId = "complaint", Kind = ContactKind.Complaint,
            Customer = Customer.Named("Mrs Jo O'Neill", CustomerRelationship.Tenant), Channel = ContactChannel.Phone,
            ReceivedAt = Start, Description = "Damp and mould <b>in</b> the back bedroom.",
        });
        @case.Acknowledge(Start);
        @case.RecordResponse(new StageResponse(Start, StageOutcome.PartlyUpheld, "The repair was booked late.", "Mould wash and repaint", 150m,
            "Replace the extractor fan by Fri 18 Dec 2026"));
        if (stage == 2)
        {
            @case.Escalate(Start.AddDays(3), policy.Stages.Count, null);
            @case.Acknowledge(Start.AddDays(4));
            @case.RecordResponse(new StageResponse(Start.AddDays(10), StageOutcome.PartlyUpheld, "Stage 2 agrees.", "Mould wash and repaint", 150m, null));
        }
        return @case;
    }
}
