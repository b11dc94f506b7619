namespace ComplaintsBot.Reports;

/// <summary>
/// A report as headings, paragraphs and tables, written once and rendered as HTML (<see cref="ReportDocumentHtml"/>)
/// and as DOCX (<see cref="ReportDocumentDocx"/>), so the two always say the same thing.
/// </summary>
public sealed record ReportDocument(string Title, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTableBlock> Tables => Blocks.OfType<ReportTableBlock>();
}

public abstract record ReportBlock;

/// <param name="Level">1 for a section, 2 for a part of one.</param>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

/// <param name="Id">A stable name for the table ("self-assessment-6"), for links and tests.</param>
public sealed record ReportTableBlock(string Id, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
