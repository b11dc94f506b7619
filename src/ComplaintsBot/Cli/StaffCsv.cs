using System.Globalization;
using System.Text;
using ComplaintsBot.Cases.Staff;
using CsvHelper;

namespace ComplaintsBot.Cli;

/// <summary>
/// Reads an HR system's staff export (CSV, comma or semicolon, with a header row, as Excel or an HR system saves it)
/// into import rows. Columns are found by their usual HR names ("Employee Name", "Work Email", "Entra Object ID",
/// "Department", "Line Manager Email", "ComplaintsBot Roles"...), in any order and case; other columns (job title,
/// employee number...) are ignored. Line numbers are the file's own, counting the header as line 1.
/// </summary>
internal static class StaffCsv
{
    private static readonly string[] NameHeaders = ["name", "displayname", "fullname", "employeename", "employee", "staffname"];
    private static readonly string[] FirstNameHeaders = ["firstname", "forename", "givenname", "knownas"];
    private static readonly string[] LastNameHeaders = ["lastname", "surname", "familyname"];
    private static readonly string[] EmailHeaders = ["email", "workemail", "emailaddress", "workemailaddress", "mail", "userprincipalname", "upn"];
    private static readonly string[] ObjectIdHeaders = ["entraobjectid", "entraidobjectid", "objectid", "aadobjectid", "azureadobjectid", "entraid", "azureobjectid", "userobjectid"];
    private static readonly string[] TeamHeaders = ["team", "department", "teamname", "service", "departmentname"];
    private static readonly string[] LineManagerHeaders = ["linemanager", "linemanageremail", "manager", "manageremail", "reportsto", "linemanagerobjectid", "managerobjectid", "linemanagerworkemail"];
    private static readonly string[] RolesHeaders = ["roles", "role", "complaintsbotroles", "complaintsbotrole", "botroles", "botrole"];

    /// <exception cref="StaffImportException">The file cannot be read as a staff export; the problems by line.</exception>
    public static List<StaffImportRow> Read(Stream input)
    {
        var problems = new List<StaffImportProblem>();
        var options = CsvReaderOptions.Default with
        {
            // The separator is detected (Excel in a UK locale saves commas, some HR systems semicolons).
            TrackLineNumbers = true,
            TrimWhitespace = true,
            DetectSeparatorHint = true,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = bad => problems.Add(new StaffImportProblem((int)bad.LineNumber, Explain(bad.Reason))),
        };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        string[] header;
        try
        {
            csv.ReadHeader();
            header = [.. csv.Headers];
        }
        catch (CsvFormatException e)
        {
            throw new StaffImportException([new StaffImportProblem(1, $"the header row cannot be read: {e.Message}")]);
        }
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
            throw new StaffImportException([new StaffImportProblem(1, "the file is empty; it needs a header row and one row per person.")]);

        var columns = header.Select(Normalise).ToList();
        int? Column(string[] names) => columns.FindIndex(names.Contains) is var i and >= 0 ? i : null;
        var name = Column(NameHeaders);
        var first = Column(FirstNameHeaders);
        var last = Column(LastNameHeaders);
        var email = Column(EmailHeaders);
        var objectId = Column(ObjectIdHeaders);
        var team = Column(TeamHeaders);
        var lineManager = Column(LineManagerHeaders);
        var roles = Column(RolesHeaders);

        var missing = new List<string>();
        if (objectId is null) missing.Add("the person's Entra object id (a column such as \"Entra Object ID\")");
        if (name is null && first is null && last is null) missing.Add("their name (\"Name\", or \"First Name\" and \"Last Name\")");
        if (missing.Count > 0)
            throw new StaffImportException([new StaffImportProblem(1, $"the header has no column for {string.Join(" or ", missing)}; it has {string.Join(", ", header.Select(h => $"\"{h}\""))}.")]);

        var rows = new List<StaffImportRow>();
        while (csv.Read())
        {
            string? Field(int? index) => index is { } i && i < csv.FieldCount && csv.GetString(i) is { Length: > 0 } value ? value : null;
            if (Enumerable.Range(0, csv.FieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i)))) continue;
            var fullName = Field(name) ?? string.Join(' ', new[] { Field(first), Field(last) }.OfType<string>());
            rows.Add(new StaffImportRow(
                (int)csv.LineNumber,
                Field(objectId) ?? "",
                fullName,
                Field(email),
                Field(team),
                Field(lineManager),
                [.. SplitRoles(Field(roles))]));
        }
        if (problems.Count > 0) throw new StaffImportException([.. problems.OrderBy(p => p.Line)]);
        if (rows.Count == 0) throw new StaffImportException([new StaffImportProblem(1, "the file has a header but nobody in it.")]);
        return rows;
    }

    private static string Explain(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header's; is a comma inside a value without quotes?",
        CsvMalformedReason.UnterminatedQuote => "a quoted value is never closed.",
        _ => $"the quoting is broken ({reason}).",
    };

    /// <summary>Roles as HR writes them: "Manager; Team Leader", "complaints-manager,admin".</summary>
    private static IEnumerable<string> SplitRoles(string? text) =>
        text is null
            ? []
            : text.Split([';', ',', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => string.Join('-', r.ToLowerInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries)))
                .Distinct();

    private static string Normalise(string header)
    {
        var text = new StringBuilder();
        foreach (var c in header.ToLowerInvariant()) if (char.IsLetterOrDigit(c)) text.Append(c);
        return text.ToString();
    }
}
