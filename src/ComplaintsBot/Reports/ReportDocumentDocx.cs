using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsBot.Reports;

/// <summary>
/// A <see cref="ReportDocument"/> as a Word document, written with the Open XML SDK (A4, landscape for the wide
/// self-assessment tables; Title, Heading 1 and Heading 2 styles so Word builds a contents list; tables with a header
/// row repeated on each page).
/// </summary>
public static class ReportDocumentDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Language = "en-GB";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body(Paragraph(document.Title, "Title"));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case ReportHeading heading:
                        body.Append(Paragraph(heading.Text, heading.Level <= 1 ? "Heading1" : "Heading2"));
                        break;
                    case ReportParagraph paragraph:
                        body.Append(Paragraph(paragraph.Text, null));
                        break;
                    case ReportTableBlock table:
                        body.Append(Table(table));
                        body.Append(new Paragraph()); // Word needs a paragraph between two tables, or it joins them.
                        break;
                    default:
                        throw new NotSupportedException($"No DOCX for {block.GetType().Name}.");
                }
            }
            // A4 landscape: the self-assessment has five columns of prose.
            body.Append(new SectionProperties(
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1080, Right = 1080U, Bottom = 1080, Left = 1080U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTableBlock block)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })));
        var grid = new TableGrid();
        foreach (var _ in block.Columns) grid.Append(new GridColumn());
        table.Append(grid);
        table.Append(Row(block.Columns, header: true));
        foreach (var row in block.Rows) table.Append(Row(row, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var text in cells)
        {
            var run = new Run();
            if (header) run.Append(new RunProperties(new Bold()));
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }
        return row;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "20" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = "36" })) { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(
            new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
        new Style(
            new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" })) { Type = StyleValues.Paragraph, StyleId = "Heading2" },
        new Style(
            new StyleName { Val = "Report Table" }, new PrimaryStyle(),
            new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }))) { Type = StyleValues.Table, StyleId = "ReportTable" });
}
