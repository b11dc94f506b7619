using System.Globalization;
using System.Security.Cryptography;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Dashboard;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// Short-lived download links for a case's letter, issued by the bot to the staff member who pressed Letter (after
/// checking they may have it). The link is protected with ASP.NET Core Data Protection (authenticated encryption,
/// rotating keys), so it cannot be forged or moved to another case; its expiry is read with the injected clock.
/// A browser opened from Teams carries no sign-in, so the link is what the download endpoint trusts, and it checks
/// the person's permission on the case again when the link is used.
/// </summary>
public sealed class LetterLinks(
    IDataProtectionProvider protection,
    IOptions<LetterOptions> options,
    IOptions<DashboardOptions> dashboard,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    public const string QueryKey = "link";
    private readonly IDataProtector _protector = protection.CreateProtector("ComplaintsBot.Letters.DownloadLink.v1");

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    /// <summary>The absolute address of the letter (<paramref name="extension"/> ".html" or ".txt") for this staff member.</summary>
    public Uri Issue(StaffMember staff, Case @case, int stage, string extension) => IssueFor(staff, @case, stage, $"letters/{stage}{extension}");

    /// <summary>
    /// The absolute address of a file of the case, <paramref name="path"/> under /cases/{reference}/, for this staff
    /// member: a letter (<paramref name="stage"/> its stage) or the evidence pack (stage 0, which no letter has), so
    /// a link for one file never opens another.
    /// </summary>
    public Uri IssueFor(StaffMember staff, Case @case, int stage, string path)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(@case);
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = string.Join('|', staff.AadObjectId, @case.Id.ToString(CultureInfo.InvariantCulture), stage.ToString(CultureInfo.InvariantCulture),
            expires.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var token = _protector.Protect(payload);
        return new Uri($"{BaseUrl().TrimEnd('/')}/cases/{Uri.EscapeDataString(@case.Reference.ToString())}/{path}?{QueryKey}={Uri.EscapeDataString(token)}");
    }

    /// <summary>What the link stands for, or why it is not accepted (forged, damaged, or expired).</summary>
    public (LetterDownloadLink? Link, string? Problem) Read(string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (null, "This download link is not valid; press the button on the case card again.");
        }
        var parts = payload.Split('|');
        if (parts.Length != 4 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var caseId) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var stage)
            || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var ticks))
            return (null, "This download link is not valid; press the button on the case card again.");
        var link = new LetterDownloadLink(parts[0], caseId, stage, new DateTimeOffset(ticks, TimeSpan.Zero));
        return clock.GetUtcNow() >= link.ExpiresAt
            ? (null, "This download link has expired; press the button on the case card again for a new one.")
            : (link, null);
    }

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(dashboard.Value.Host)) return "https://" + dashboard.Value.Host;
        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Letters:PublicBaseUrl is not set and there is no request to take the address from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
