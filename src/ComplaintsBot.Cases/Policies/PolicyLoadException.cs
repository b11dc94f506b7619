namespace ComplaintsBot.Cases.Policies;

/// <summary>A policy file that cannot be loaded: names the file, the field path and the problem.</summary>
public sealed class PolicyLoadException : Exception
{
    public PolicyLoadException(string file, string? field, string problem)
        : base(string.IsNullOrEmpty(field)
            ? $"Policy file '{file}': {problem}"
            : $"Policy file '{file}', field '{field}': {problem}")
    {
        File = file;
        Field = string.IsNullOrEmpty(field) ? null : field;
        Problem = problem;
    }

    /// <summary>The file name, as in "wch.yaml".</summary>
    public string File { get; }
    /// <summary>The field path, as in "stages.stage2.respond.within"; null for a problem with the whole file.</summary>
    public string? Field { get; }
    public string Problem { get; }
}
