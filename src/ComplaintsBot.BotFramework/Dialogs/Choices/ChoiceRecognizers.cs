using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintsBot.BotFramework.Dialogs.Choices;

/// <summary>
/// Matches an answer to the choices offered. A simplified form of the SDK's recogniser (which uses
/// Recognizers-Text): case-insensitive whole-answer matches on value, action title or synonym; the choice's
/// number ("2"); and the start (3+ letters) of a value or synonym when it fits exactly one choice.
/// </summary>
public static class ChoiceRecognizers
{
    public static List<ModelResult<FoundChoice>> RecognizeChoices(string? utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new FindChoicesOptions();
        var answer = Normalize(utterance);
        if (answer.Length == 0) return [];

        var found = FindExact(answer, choices, options) ?? FindByNumber(answer, choices, options) ?? FindByPrefix(answer, choices, options);
        return found is null
            ? []
            : [new ModelResult<FoundChoice> { Text = utterance!, Start = 0, End = utterance!.Length - 1, TypeName = "choice", Resolution = found }];
    }

    /// <summary>
    /// A card submit (no text) whose value holds the choice: a string value, or an object with a string field
    /// that names exactly one of the choices (value, title or synonym, whole and case-insensitive).
    /// </summary>
    public static List<ModelResult<FoundChoice>> RecognizeCardSubmit(JsonNode? value, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new FindChoicesOptions();
        var strings = value switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            JsonObject o => o.Select(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList(),
            _ => [],
        };

        var matches = strings
            .Select(s => FindExact(Normalize(s), choices, options))
            .OfType<FoundChoice>()
            .DistinctBy(f => f.Index)
            .ToList();
        return matches.Count == 1
            ? [new ModelResult<FoundChoice> { Text = matches[0].Synonym ?? matches[0].Value, TypeName = "choice", Resolution = matches[0] }]
            : [];
    }

    private static FoundChoice? FindExact(string answer, IList<Choice> choices, FindChoicesOptions options)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            var match = Candidates(choices[index], options).FirstOrDefault(c => string.Equals(Normalize(c), answer, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return new FoundChoice { Value = choices[index].Value, Index = index, Score = 1.0f, Synonym = match };
        }
        return null;
    }

    private static FoundChoice? FindByNumber(string answer, IList<Choice> choices, FindChoicesOptions options)
    {
        if (!options.RecognizeNumbers || !int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        if (number < 1 || number > choices.Count) return null;
        return new FoundChoice { Value = choices[number - 1].Value, Index = number - 1, Score = 1.0f };
    }

    private static FoundChoice? FindByPrefix(string answer, IList<Choice> choices, FindChoicesOptions options)
    {
        if (!options.RecognizePrefixes || answer.Length < options.MinimumPrefixLength) return null;
        var matches = choices
            .Select((choice, index) => (choice, index, candidate: Candidates(choice, options).FirstOrDefault(c => Normalize(c).StartsWith(answer, StringComparison.OrdinalIgnoreCase))))
            .Where(m => m.candidate is not null)
            .ToList();
        if (matches.Count != 1) return null;

        var (found, foundIndex, candidate) = matches[0];
        return new FoundChoice { Value = found.Value, Index = foundIndex, Score = (float)answer.Length / Normalize(candidate).Length, Synonym = candidate };
    }

    private static IEnumerable<string> Candidates(Choice choice, FindChoicesOptions options)
    {
        if (!options.NoValue && !string.IsNullOrEmpty(choice.Value)) yield return choice.Value;
        if (!options.NoAction && !string.IsNullOrEmpty(choice.Action?.Title)) yield return choice.Action.Title;
        foreach (var synonym in choice.Synonyms ?? []) if (!string.IsNullOrEmpty(synonym)) yield return synonym;
    }

    // Whole-answer matching ignores surrounding spaces and closing punctuation ("Yes." is "Yes").
    private static string Normalize(string? text) => (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').Trim();
}
