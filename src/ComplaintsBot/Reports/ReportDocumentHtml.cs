using System.Net;
using System.Text;

namespace ComplaintsBot.Reports;

/// <summary>A <see cref="ReportDocument"/> as one self-contained HTML page (British English, printable, every text encoded).</summary>
public static class ReportDocumentHtml
{
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(document.Title)).Append("</title>\n")
            .Append("<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4;color:#1b1b1b}")
            .Append("table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.5rem}th,td{border:1px solid #888;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}")
            .Append("th{background:#eee}h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}@media print{h2{break-before:page}}</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(document.Title)).Append("</h1>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    var tag = heading.Level <= 1 ? "h2" : "h3";
                    html.Append('<').Append(tag).Append('>').Append(E(heading.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ReportParagraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text)).Append("</p>\n");
                    break;
                case ReportTableBlock table:
                    html.Append("<table id=\"").Append(E(table.Id)).Append("\">\n<thead><tr>");
                    foreach (var column in table.Columns) html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
                        html.Append("</tr>\n");
                    }
                    html.Append("</tbody>\n</table>\n");
                    break;
                default:
                    throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
            }
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
