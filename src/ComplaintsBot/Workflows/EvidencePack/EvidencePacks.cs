using System.Text.Json;
using ComplaintsBot.Cases.Domain;
using ComplaintsBot.Cases.Store;
using ComplaintsBot.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// Exports a case's evidence pack: first records in the case's audit trail who took it, how and when (the pack holds
/// the customer's personal data, so every copy taken is accounted for, as a landlord must show under UK GDPR), then
/// builds it, so the pack's own audit trail ends with its export.
/// </summary>
public sealed class EvidencePacks(EvidencePackBuilder builder, IDbContextFactory<CasesDbContext> contexts, TimeProvider clock)
{
    public const string ExportedAction = CaseAuditActions.EvidencePackExported;

    /// <param name="actor">Who takes it, as the audit trail names people: a staff member's Entra object id, or `cli:account`.</param>
    /// <param name="actorName">Their name, kept with the entry.</param>
    /// <param name="via">How: "case card", "admin command".</param>
    public async Task<(EvidencePack Pack, byte[] Docx, byte[] Zip)> ExportAsync(Case @case, string actor, string actorName, string via, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // No customer details in the entry: the case id says whose file it was, and the trail cannot be erased.
            db.AuditEntries.Add(new AuditEntry(@case.Id, clock.GetUtcNow(), actor, ExportedAction, null, JsonSerializer.Serialize(new { via, by = actorName })));
            await db.SaveChangesAsync(cancellationToken);
        }
        var pack = await builder.BuildAsync(@case, cancellationToken);
        var docx = ReportDocumentDocx.Write(pack.Document);
        return (pack, docx, EvidencePackZip.Write(pack, docx));
    }
}
