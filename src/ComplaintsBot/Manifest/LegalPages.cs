using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Manifest;

/// <summary>The landlord's privacy notice and terms of use, as the app package's developer links point at them.</summary>
public sealed class LegalOptions
{
    public const string SectionName = "Legal";

    /// <summary>The landlord's name, as the pages' headings and the default text say it.</summary>
    public string Landlord { get; set; } = "Your landlord";

    /// <summary>The privacy notice: plain text, paragraphs separated by a blank line. <see cref="PrivacyFile"/> wins when set.</summary>
    public string? PrivacyText { get; set; }

    /// <summary>A UTF-8 text file holding the privacy notice.</summary>
    public string? PrivacyFile { get; set; }

    /// <summary>The terms of use: plain text, paragraphs separated by a blank line. <see cref="TermsFile"/> wins when set.</summary>
    public string? TermsText { get; set; }

    /// <summary>A UTF-8 text file holding the terms of use.</summary>
    public string? TermsFile { get; set; }
}

/// <summary>
/// /privacy and /terms: the pages the Teams app's privacy and terms links open (developer.privacyUrl and
/// termsOfUseUrl are https://host/privacy and /terms). Public, as Teams and the admin centre open them without a
/// sign-in. The text is the landlord's, from configuration; it is written into the page as text, never as HTML.
/// Until the landlord sets it, a short default says what the app keeps and who to ask.
/// </summary>
public static class LegalPages
{
    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (IOptions<LegalOptions> options) => Page(options.Value, "Privacy notice", options.Value.PrivacyFile, options.Value.PrivacyText, DefaultPrivacy));
        endpoints.MapGet("/terms", (IOptions<LegalOptions> options) => Page(options.Value, "Terms of use", options.Value.TermsFile, options.Value.TermsText, DefaultTerms));
        return endpoints;
    }

    private static IResult Page(LegalOptions options, string title, string? file, string? text, Func<string, string> fallback)
    {
        var body = file is { Length: > 0 } && File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8)
            : text is { Length: > 0 } ? text
            : fallback(options.Landlord);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(WebUtility.HtmlEncode($"{title}: ComplaintsBot, {options.Landlord}")).Append("</title>")
            .Append("<style>body{font-family:\"Segoe UI\",system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5;color:#242424}</style></head><body>")
            .Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>")
            .Append("<p><strong>").Append(WebUtility.HtmlEncode(options.Landlord)).Append("</strong>, ComplaintsBot in Microsoft Teams</p>");
        foreach (var paragraph in body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string DefaultPrivacy(string landlord) =>
        $"""
        {landlord} uses ComplaintsBot so its staff can record customer contacts (service requests, feedback, complaints and compliments) and meet the deadlines its complaints policy sets.

        What it keeps: what staff record about each contact (the customer's name and what they said, who handled it, dates and decisions), and the staff members' names and Teams identities. It keeps them in {landlord}'s own database and sends them nowhere else.

        Who sees it: staff see the cases their role allows; managers see the figures for the complaints they oversee.

        Ask {landlord}'s data protection officer about your data or to exercise your rights under UK GDPR.
        """;

    private static string DefaultTerms(string landlord) =>
        $"""
        ComplaintsBot is for {landlord}'s staff, to record and handle customer contacts under {landlord}'s complaints policy.

        Record what the customer said as they said it, and only what the case needs. Use it under {landlord}'s own policies on information and conduct.

        Questions about these terms go to {landlord}'s complaints team.
        """;
}
