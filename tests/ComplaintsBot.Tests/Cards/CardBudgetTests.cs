using System.Text;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Tests.Cards;

/// <summary>How much a card can hold inside the 28 KB budget, so callers know where to page.</summary>
public sealed class CardBudgetTests
{
    private const int MaxBytes = 28 * 1024;

    [Fact]
    public void A_case_list_of_20_cases_with_long_names_stays_under_28_KB()
    {
        var data = CardSamples.LoadSample("case-list").AsObject();
        var first = data["cases"]![0]!;
        var cases = new JsonArray();
        for (var i = 0; i < 20; i++)
        {
            var row = first.DeepClone();
            row["customer"] = new string('x', 60);
            row["nextDeadline"]!["name"] = "Stage 2 response (extended)";
            cases.Add(row);
        }
        data["cases"] = cases;

        var card = AdaptiveCardTemplate.Load("case-list").Expand(data);

        Assert.True(SizeOf(card) < MaxBytes, $"{SizeOf(card)} bytes");
    }

    [Fact]
    public void A_case_with_eight_deadlines_and_every_action_stays_under_28_KB()
    {
        var data = CardSamples.LoadSample("case").AsObject();
        var deadlines = new JsonArray();
        for (var i = 0; i < 8; i++) deadlines.Add(data["deadlines"]![0]!.DeepClone());
        data["deadlines"] = deadlines;
        data["nextAction"] = new string('n', 500);
        foreach (var permission in data["can"]!.AsObject().Select(p => p.Key).ToList()) data["can"]![permission] = true;

        var card = AdaptiveCardTemplate.Load("case").Expand(data);

        Assert.True(SizeOf(card) < MaxBytes, $"{SizeOf(card)} bytes");
    }

    private static int SizeOf(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());
}
