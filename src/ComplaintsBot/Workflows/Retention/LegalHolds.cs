using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Rules;
using ComplaintsBot.Cases.Store;

namespace ComplaintsBot.Workflows.Retention;

/// <summary>A legal hold refused: who may not, or a case that cannot take it; the message says why.</summary>
public sealed class LegalHoldRefusedException(string message) : Exception(message);

/// <summary>
/// Placing and lifting a legal hold on a case: managers and administrators only (the roles that see the organisation's
/// figures, <see cref="ManagerRoles"/>), each audited under the person's Teams id. The reason stays on the case, not in
/// the audit trail, which records only that the case is held.
/// </summary>
public sealed class LegalHolds(CaseService cases)
{
    public async Task<Case> PlaceAsync(CaseReference reference, string reason, StaffMember by, CancellationToken cancellationToken = default) =>
        await ChangeAsync(reference, by, CaseAuditActions.LegalHoldPlaced, c => c.PlaceLegalHold(reason), "place a legal hold", cancellationToken);

    public async Task<Case> LiftAsync(CaseReference reference, StaffMember by, CancellationToken cancellationToken = default) =>
        await ChangeAsync(reference, by, CaseAuditActions.LegalHoldLifted, c => c.LiftLegalHold(), "lift a legal hold", cancellationToken);

    private async Task<Case> ChangeAsync(CaseReference reference, StaffMember by, string action, Action<Case> change, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!ManagerRoles.SeesOrganisationFigures(by))
            throw new LegalHoldRefusedException($"{by.DisplayName} may not {what}: managers and administrators do.");
        var @case = await cases.FindAsync(reference, cancellationToken) ?? throw new LegalHoldRefusedException($"There is no case {reference}.");
        try
        {
            return await cases.ChangeAsync(@case.Id, @case.Version, by.AadObjectId, action, change, cancellationToken);
        }
        catch (Exception e) when (e is CaseStateException or CaseChangedElsewhereException)
        {
            throw new LegalHoldRefusedException(e.Message);
        }
    }
}
