using ComplaintsBot.Reports;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// A case's whole file as the Housing Ombudsman asks for it when a resident brings the complaint to them: the
/// document (chronology, the customer's words, each stage's response, extensions, compensation, exclusion decisions,
/// learning and the audit trail) and the letters sent, each as its own file.
/// </summary>
/// <param name="FileStem">"HOC-2026-00042 evidence pack": the DOCX and the ZIP are named from it.</param>
public sealed record EvidencePack(string Reference, string FileStem, ReportDocument Document, IReadOnlyList<EvidencePackFile> Letters);

/// <summary>One file of the pack's ZIP besides the document: its path in the ZIP, what it is, and its bytes.</summary>
public sealed record EvidencePackFile(string Path, string Description, byte[] Content);
