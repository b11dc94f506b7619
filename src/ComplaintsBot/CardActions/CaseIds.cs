using System.Globalization;
using ComplaintsBot.Cases.Domain;

namespace ComplaintsBot.CardActions;

/// <summary>Case ids as cards carry them: strings (cards/README.md).</summary>
public static class CaseIds
{
    public static string Text(Case @case) => @case.Id.ToString(CultureInfo.InvariantCulture);
}
