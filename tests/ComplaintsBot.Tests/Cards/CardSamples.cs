using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Cards;

/// <summary>The templates and their sample data as copied to the test output folder (cards/ and cards/samples/).
/// A sample is named after its template, optionally with a variant: <c>case</c>, <c>case.read-only</c>.</summary>
internal static class CardSamples
{
    public static string CardsDirectory => Path.Combine(AppContext.BaseDirectory, "cards");

    public static string SamplesDirectory => Path.Combine(CardsDirectory, "samples");

    public static IEnumerable<string> TemplateNames =>
        Directory.GetFiles(CardsDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<string> SampleNames =>
        Directory.GetFiles(SamplesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Samples => new(SampleNames);

    public static string TemplateOf(string sample) => sample.Split('.')[0];

    public static JsonNode LoadSample(string sample) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, sample + ".json")))
        ?? throw new InvalidOperationException($"sample {sample} is null");
}
