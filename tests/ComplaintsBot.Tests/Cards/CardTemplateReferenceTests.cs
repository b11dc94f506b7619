using System.Text.Json.Nodes;
using ComplaintsBot.Cards;

namespace ComplaintsBot.Tests.Cards;

/// <summary>Every template with each of its samples, checked against the reference JavaScript implementation:
/// adaptivecards-templating for the binding, the adaptivecards renderer (in headless Chromium) for the card.</summary>
public sealed class CardTemplateReferenceTests(ReferenceCheck reference) : IClassFixture<ReferenceCheck>
{
    private const int MaxBytes = 28 * 1024;

    public static TheoryData<string> Samples => CardSamples.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_binder_expands_each_sample_exactly_as_adaptivecards_templating_does(string sample)
    {
        var card = AdaptiveCardTemplate.Load(CardSamples.TemplateOf(sample)).Expand(CardSamples.LoadSample(sample));

        JsonAssert.Equal(reference.ReferenceExpansionOf(sample), card);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_card_parses_validates_and_renders_in_the_reference_renderer_without_errors_or_warnings(string sample)
    {
        var problems = reference.EntryFor(sample)["problems"]!.AsArray().Select(p => (string)p!).ToList();

        Assert.True(problems.Count == 0, $"{sample}:\n  " + string.Join("\n  ", problems));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_card_is_Adaptive_Cards_version_1_5_or_lower_as_Teams_requires(string sample)
    {
        var card = AdaptiveCardTemplate.Load(CardSamples.TemplateOf(sample)).Expand(CardSamples.LoadSample(sample));

        var version = Version.Parse((string)card["version"]!);
        Assert.True(version <= new Version(1, 5), $"{sample} is version {version}");
        Assert.Equal((string)card["version"]!, (string?)reference.EntryFor(sample)["parsedVersion"]);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_card_stays_under_the_28_KB_card_budget(string sample)
    {
        var card = AdaptiveCardTemplate.Load(CardSamples.TemplateOf(sample)).Expand(CardSamples.LoadSample(sample));

        var bytes = System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());
        Assert.True(bytes < MaxBytes, $"{sample} is {bytes} bytes");
        Assert.True((int)reference.EntryFor(sample)["sizeBytes"]! < MaxBytes);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_expression_in_a_template_finds_its_value_in_the_sample_data(string sample)
    {
        var data = CardSamples.LoadSample(sample);
        var card = AdaptiveCardTemplate.Load(CardSamples.TemplateOf(sample)).Expand(data);

        // A missing value shows as its expression text, "${path}"; only customer text that itself holds "${" may.
        var fromData = StringsOf(data).Where(s => s.Contains("${", StringComparison.Ordinal)).ToList();
        var unbound = StringsOf(card)
            .Select(s => fromData.Aggregate(s, (text, d) => text.Replace(d, "", StringComparison.Ordinal)))
            .Where(s => s.Contains("${", StringComparison.Ordinal))
            .ToList();
        Assert.True(unbound.Count == 0, $"{sample}: unbound {string.Join(" | ", unbound)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_card_at_320_and_450_px_in_Teams_light_dark_and_high_contrast_shows_every_button_title_whole_and_readable_text(string sample)
    {
        var layouts = reference.EntryFor(sample)["layouts"]!.AsArray().Select(l => l!.AsObject()).ToList();

        Assert.Equal(
            ["teams-dark 320", "teams-dark 450", "teams-high-contrast 320", "teams-high-contrast 450", "teams-light 320", "teams-light 450"],
            layouts.Select(l => $"{(string)l["hostConfig"]!} {(int)l["width"]!}").Order(StringComparer.Ordinal));
        Assert.All(layouts, layout =>
        {
            Assert.Empty(layout["cutButtons"]!.AsArray());
            Assert.Empty(layout["lowContrast"]!.AsArray());
            Assert.True(File.Exists((string)layout["screenshot"]!), $"no screenshot {layout["screenshot"]}");
        });
    }

    [Fact]
    public void The_reminder_keeps_its_first_buttons_in_the_row_and_the_rest_in_the_overflow_menu()
    {
        // Open case, Record response and "..." at 320 px: the four buttons it had were cut to "Ope..." and "Snooze u...".
        var layouts = reference.EntryFor("reminder")["layouts"]!.AsArray();

        Assert.All(layouts, layout => Assert.Equal(3, (int)layout!["buttons"]!));
    }

    /// <summary>The cards of logging a contact, from the welcome card to the summary: each a step of the phone call; and the "Log as a contact" dialog.</summary>
    public static TheoryData<string> LoggingSamples =>
        new(CardSamples.SampleNames.Where(s => CardSamples.TemplateOf(s) is "welcome" or "contact-details" or "contact-classification" or "contact-exclusions" or "contact-summary" or "log-from-message"));

    [Theory]
    [MemberData(nameof(LoggingSamples))]
    public void Each_logging_card_fits_Teams_mobile_at_320_px_with_nothing_past_its_edge_or_cut_off(string sample)
    {
        var overflow = reference.EntryFor(sample)["overflowAtMobileWidth"]!.AsArray().Select(p => (string)p!).ToList();

        Assert.True(overflow.Count == 0, $"{sample} at 320 px:\n  " + string.Join("\n  ", overflow));
    }

    [Fact]
    public void Every_template_has_sample_data_and_every_sample_was_checked()
    {
        Assert.All(CardSamples.TemplateNames, template => Assert.Contains(CardSamples.SampleNames, s => CardSamples.TemplateOf(s) == template));
        Assert.Equal(CardSamples.SampleNames.Order(StringComparer.Ordinal), reference.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rendering_the_cards_fetches_nothing_from_outside_the_machine()
    {
        Assert.Empty(reference.BlockedRequests);
    }

    private static IEnumerable<string> StringsOf(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => StringsOf(p.Value)),
        JsonArray array => array.SelectMany(StringsOf),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
