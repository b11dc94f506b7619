using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.Workflows.Letters;

/// <summary>
/// Who asks for a letter: a staff member (signed in through Teams, or holding a link the bot issued to them), the
/// marked local user in Development, or nobody, with the HTTP status and the reason.
/// </summary>
public sealed record LetterRequester(StaffMember? Staff, LetterDownloadLink? Link, bool IsLocalUser, int StatusCode, string? Problem)
{
    public static readonly LetterRequester LocalUser = new(null, null, true, StatusCodes.Status200OK, null);

    public bool IsKnown => Staff is not null || IsLocalUser;

    public static LetterRequester Signed(StaffMember staff, LetterDownloadLink? link) => new(staff, link, false, StatusCodes.Status200OK, null);

    public static LetterRequester Unauthenticated(string problem) => new(null, null, false, StatusCodes.Status401Unauthorized, problem);

    public static LetterRequester Forbidden(string problem) => new(null, null, false, StatusCodes.Status403Forbidden, problem);
}
