using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Tests.CardActions;
using ComplaintsBot.Workflows.Letters;

namespace ComplaintsBot.Tests.Workflows.Letters;

/// <summary>GET /cases/{reference}/letters/{stage}.html|.txt in local development, as the marked local user.</summary>
public sealed class LetterDownloadTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly LifecycleHost _host = new(Start);
    private Case _case = null!;

    public async Task InitializeAsync()
    {
        var owner = await _host.StaffAsync("Priya Shah", ["complaint-handler"]);
        _case = await _host.ChangeAsync(await _host.ComplaintAsync("hoc-2024", "HOC", owner), c => c.Acknowledge(Start));
        _case = await _host.ChangeAsync(_case, c => c.RecordResponse(new StageResponse(Start, StageOutcome.Upheld, "We were late.", null, 50m, null)));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("1.txt", "text/plain")]
    [InlineData("1.html", "text/html")]
    public async Task The_letter_downloads_as_text_and_html_for_the_local_user(string file, string contentType)
    {
        using var response = await _host.GetAsync($"/cases/{_case.Reference}/letters/{file}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LetterEndpoints.LocalUser, response.Headers.GetValues(LetterEndpoints.LocalUserHeader).Single());
        Assert.Contains("We are offering you £50.00 in compensation.", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_letter_downloads_as_a_word_document_the_validator_passes()
    {
        using var response = await _host.GetAsync($"/cases/{_case.Reference}/letters/1.docx");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LetterDocx.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{_case.Reference}-stage-1-response.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var (paragraphs, errors, _) = LetterDocxTests.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(errors);
        Assert.Contains("We are offering you £50.00 in compensation.", paragraphs);
    }

    [Fact]
    public async Task A_stage_without_a_response_has_no_letter()
    {
        using var response = await _host.GetAsync($"/cases/{_case.Reference}/letters/2.txt");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Stage 2 of HOC-2026-00001 has no response yet", await response.Content.ReadAsStringAsync());
    }
}
