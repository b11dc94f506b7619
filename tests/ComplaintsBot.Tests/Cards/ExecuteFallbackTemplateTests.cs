using System.Text.Json.Nodes;

namespace ComplaintsBot.Tests.Cards;

/// <summary>
/// Teams clients without Action.Execute use the action's fallback, so every Action.Execute button in cards/ falls
/// back to an Action.Submit with the same data plus its verb, which the bot routes to the same card action.
/// (A card's refresh.action is left alone: an old client simply does not refresh.)
/// </summary>
public sealed class ExecuteFallbackTemplateTests
{
    public static TheoryData<string> Templates => new(CardSamples.TemplateNames);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_Action_Execute_button_falls_back_to_an_Action_Submit_carrying_its_verb_and_data(string template)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(CardSamples.CardsDirectory, template + ".json")))!;
        var problems = new List<string>();
        Check(card, null, problems);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static void Check(JsonNode? node, string? key, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "Action.Execute" && key != "action")
                {
                    var verb = (string?)obj["verb"];
                    var expected = (obj["data"]?.DeepClone() as JsonObject) ?? [];
                    expected["verb"] = verb;
                    if (obj["fallback"] is not JsonObject fallback || (string?)fallback["type"] != "Action.Submit")
                        problems.Add($"{verb}: no Action.Submit fallback");
                    else if (!JsonNode.DeepEquals(fallback["data"], expected))
                        problems.Add($"{verb}: fallback data {fallback["data"]?.ToJsonString()} is not {expected.ToJsonString()}");
                    else if ((string?)fallback["title"] != (string?)obj["title"])
                        problems.Add($"{verb}: fallback title differs");
                }
                foreach (var (childKey, child) in obj) Check(child, childKey, problems);
                break;
            case JsonArray array:
                foreach (var child in array) Check(child, key, problems);
                break;
        }
    }
}
