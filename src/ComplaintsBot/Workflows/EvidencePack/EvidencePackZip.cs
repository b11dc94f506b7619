using System.IO.Compression;
using System.Net;
using System.Text;
using ComplaintsBot.Reports;

namespace ComplaintsBot.Workflows.EvidencePack;

/// <summary>
/// The pack as one ZIP: a contents page (contents.html) that lists every file and what it is, the document as DOCX,
/// and each letter the customer was sent. The BCL's System.IO.Compression writes it; nothing here needs a library.
/// </summary>
public static class EvidencePackZip
{
    public const string ContentType = "application/zip";
    public const string ContentsPage = "contents.html";

    public static byte[] Write(EvidencePack pack, byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(docx);
        var files = new List<EvidencePackFile> { new($"{pack.FileStem}.docx", "The case file: chronology, the customer's words, each stage, extensions, compensation, exclusions, learning and the audit trail", docx) };
        files.AddRange(pack.Letters);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ContentsPage, Encoding.UTF8.GetBytes(Contents(pack, files)));
            foreach (var file in files) Add(zip, file.Path, file.Content);
        }
        return buffer.ToArray();
    }

    /// <summary>The contents page: the pack's title and a table of every other file in the ZIP.</summary>
    public static string Contents(EvidencePack pack, IReadOnlyList<EvidencePackFile> files)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(files);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(pack.Document.Title)).Append("</title></head><body>\n");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(pack.Document.Title)).Append("</h1>\n<p>What is in this pack:</p>\n<table>\n<tr><th>File</th><th>What it is</th></tr>\n");
        foreach (var file in files)
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(file.Path)).Append("</td><td>").Append(WebUtility.HtmlEncode(file.Description)).Append("</td></tr>\n");
        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
