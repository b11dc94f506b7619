using ComplaintsBot.Workflows.Letters;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsBot.Workflows.SubjectAccess;

/// <summary>
/// The subject access document as DOCX, in the letters' styles (<see cref="LetterDocx"/>), to be reviewed and redacted
/// in Word before release: each line to review starts with a highlighted "REVIEW (why)" so it is found by eye and by
/// Word's search.
/// </summary>
public static class SubjectAccessDocx
{
    public const string ReviewPrefix = "REVIEW";

    public static byte[] Write(string title, IReadOnlyList<SubjectAccessBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "en-GB";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = LetterDocx.Styles();
            var body = new Body();
            foreach (var block in blocks) body.Append(Paragraph(block));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(SubjectAccessBlock block)
    {
        var paragraph = new Paragraph();
        var style = block.Kind switch
        {
            SubjectAccessBlockKind.Title => LetterDocx.TitleStyle,
            SubjectAccessBlockKind.Heading => LetterDocx.HeadingStyle,
            _ => null,
        };
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (block.Review is { } review)
            paragraph.Append(new Run(
                new RunProperties(new Bold(), new Highlight { Val = HighlightColorValues.Yellow }),
                new Text($"{ReviewPrefix} ({review}) ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
