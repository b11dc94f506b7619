namespace ComplaintsBot.Cases.Domain;

/// <summary>
/// The complaints process ended under the policy's provision for unreasonable behaviour (TCH 10.2: "close the complaint
/// with a final letter outlining our actions and response to the issues originally raised"; whg 2.27: "we may end the
/// complaints process"), by the role it names. The reasons and the response are told to the customer in the final
/// letter (whg 2.26: "We will explain our reasons"); how their needs were considered is the landlord's record only.
/// </summary>
public sealed record ComplaintEnding
{
    public ComplaintEnding(string reasons, string response, string needsConsidered, int decidedById, string deciderRole, DateTimeOffset endedAt)
    {
        Reasons = reasons.Trim();
        Response = response.Trim();
        NeedsConsidered = needsConsidered.Trim();
        DecidedById = decidedById;
        DeciderRole = deciderRole;
        EndedAt = endedAt.ToUniversalTime();
    }

    /// <summary>Why the process was ended: the behaviour, as the customer is told it.</summary>
    public string Reasons { get; private init; }
    /// <summary>What the landlord did and its response to the issues the customer first raised (TCH 10.2), for the final letter.</summary>
    public string Response { get; private init; }
    /// <summary>How the customer's needs and vulnerabilities were considered (whg 2.27, Code 5.15); never printed in the letter.</summary>
    public string NeedsConsidered { get; private init; }
    public int DecidedById { get; private init; }
    /// <summary>The policy role under which it was decided (or "admin" where administrators decided as fallback deciders).</summary>
    public string DeciderRole { get; private init; }
    public DateTimeOffset EndedAt { get; private init; }

    internal ComplaintEnding Anonymised() => this with { Reasons = Case.Anonymised, Response = Case.Anonymised, NeedsConsidered = Case.Anonymised };
}
