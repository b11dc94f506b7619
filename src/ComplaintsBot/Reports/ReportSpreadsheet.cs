using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsBot.Reports;

/// <summary>
/// Report tables as files a spreadsheet opens faithfully: CSV in UTF-8 with a byte-order mark (without it Excel on
/// Windows reads the file as ANSI and garbles é and £), and XLSX written with the Open XML SDK, one sheet per table.
/// Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is neutralised with a
/// leading apostrophe in both, as CsvHelper's CsvInjection.Escape does: themes and names are typed by staff.
/// </summary>
public static class ReportSpreadsheet
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>One table as CSV bytes, starting with the UTF-8 byte-order mark.</summary>
    public static byte[] Csv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
            ReportWriter.WriteCsv(table, writer);
        return buffer.ToArray();
    }

    /// <summary>The tables as one XLSX workbook, a sheet per table named as the table (cut to Excel's 31 characters).</summary>
    public static byte[] Xlsx(IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in tables)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.AppendChild(Row(table.Columns.Cast<object?>()));
                foreach (var row in table.Rows) data.AppendChild(Row(row));
                sheetPart.Worksheet = new Worksheet(data);
                var name = table.Name.Length > 31 ? table.Name[..31] : table.Name;
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id++, Name = name });
            }
            workbookPart.Workbook.Save();
        }
        return buffer.ToArray();
    }

    /// <summary>Text a spreadsheet would read as a formula, made plain with a leading apostrophe; other text as it is.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values) row.AppendChild(Cell(value));
        return row;
    }

    // Numbers as numbers (so sums work), everything else as inline text.
    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Neutralise(Format(value))) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string Format(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
