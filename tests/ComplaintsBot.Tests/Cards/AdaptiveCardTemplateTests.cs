using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cards.Templating;

namespace ComplaintsBot.Tests.Cards;

/// <summary>The binder on its own. Where a rule is an oddity of the reference engine, the expected value is what
/// adaptivecards-templating 2.3.1 gives for the same template and data.</summary>
public sealed class AdaptiveCardTemplateTests
{
    private static JsonObject Expand(string template, string data) =>
        AdaptiveCardTemplate.Parse("test", template).Expand(JsonNode.Parse(data));

    [Fact]
    public void A_string_that_is_one_expression_keeps_the_json_type_of_its_value()
    {
        var card = Expand(
            """{"n": "${n}", "b": "${b}", "a": "${a}", "o": "${o}", "z": "${z}", "s": "${s}"}""",
            """{"n": 7, "b": false, "a": [1, "x"], "o": {"k": 1}, "z": null, "s": "7"}""");

        JsonAssert.Equal(JsonNode.Parse("""{"n": 7, "b": false, "a": [1, "x"], "o": {"k": 1}, "z": null, "s": "7"}"""), card);
    }

    [Fact]
    public void An_expression_inside_longer_text_is_interpolated_as_javascript_writes_the_value()
    {
        var card = Expand(
            """{"t": "${n} left, ${b}, ${a}, ${o}, ${d} ${s}!"}""",
            """{"n": 3, "b": true, "a": [1, 2], "o": {}, "d": 2.50, "s": "ok"}""");

        Assert.Equal("3 left, true, 1,2, [object Object], 2.5 ok!", (string?)card["t"]);
    }

    [Fact]
    public void A_literal_alone_in_an_expression_gives_text_as_the_reference_engine_does()
    {
        var card = Expand("""{"a": "${1.0}", "b": "${true}", "c": "${'x'}", "d": "${-1}"}""", "{}");

        JsonAssert.Equal(JsonNode.Parse("""{"a": "1", "b": "true", "c": "x", "d": -1}"""), card);
    }

    [Fact]
    public void Array_data_repeats_the_element_once_per_item_with_index_and_root_in_reach()
    {
        var card = Expand(
            """{"rows": [{"type": "header"}, {"$data": "${items}", "text": "${$index}: ${name} of ${$root.owner}", "i": "${$index}"}]}""",
            """{"owner": "Priya", "items": [{"name": "A"}, {"name": "B"}]}""");

        JsonAssert.Equal(JsonNode.Parse("""
            {"rows": [{"type": "header"}, {"text": "0: A of Priya", "i": 0}, {"text": "1: B of Priya", "i": 1}]}
            """), card);
    }

    [Fact]
    public void Array_data_on_a_property_value_gives_an_array_and_an_empty_array_drops_the_element()
    {
        var card = Expand(
            """{"one": {"$data": "${items}", "v": "${$data}"}, "list": [{"$data": "${none}", "v": 1}, "kept"]}""",
            """{"items": [10, 20], "none": []}""");

        JsonAssert.Equal(JsonNode.Parse("""{"one": [{"v": 10}, {"v": 20}], "list": ["kept"]}"""), card);
    }

    [Fact]
    public void Object_data_sets_the_data_context_for_the_element_and_its_children_only()
    {
        var card = Expand(
            """{"inner": {"$data": "${decision}", "by": "${by}", "deep": {"t": "${by}"}}, "outer": "${by}"}""",
            """{"by": "outer", "decision": {"by": "Sam"}}""");

        JsonAssert.Equal(JsonNode.Parse("""{"inner": {"by": "Sam", "deep": {"t": "Sam"}}, "outer": "outer"}"""), card);
    }

    [Fact]
    public void When_keeps_an_element_only_if_its_expression_is_true()
    {
        var card = Expand(
            """
            {"items": [
              {"$when": "${can.close}", "id": "close"},
              {"$when": "${can.escalate}", "id": "escalate"},
              {"$when": "${missing}", "id": "missing"},
              {"$when": "${count}", "id": "number"},
              {"$when": "${count(count)}", "id": "failing"},
              {"$when": "flag ${can.close}", "id": "text"}
            ], "single": {"$when": "${can.escalate}", "id": "x"}}
            """,
            """{"can": {"close": true, "escalate": false}, "count": 1}""");

        JsonAssert.Equal(JsonNode.Parse("""{"items": [{"id": "close"}], "single": null}"""), card);
    }

    [Fact]
    public void When_is_checked_per_item_of_array_data()
    {
        var card = Expand(
            """{"rows": [{"$data": "${cases}", "$when": "${overdue}", "ref": "${ref}"}]}""",
            """{"cases": [{"ref": "A", "overdue": true}, {"ref": "B", "overdue": false}, {"ref": "C", "overdue": true}]}""");

        JsonAssert.Equal(JsonNode.Parse("""{"rows": [{"ref": "A"}, {"ref": "C"}]}"""), card);
    }

    [Fact]
    public void The_reserved_dollar_properties_are_removed_from_the_card()
    {
        var card = Expand("""{"$data": "${x}", "$when": "${y == 5}", "$root": 1, "$index": 2, "$host": 3, "keep": "${y}"}""", """{"x": {"y": 5}}""");

        JsonAssert.Equal(JsonNode.Parse("""{"keep": 5}"""), card);
    }

    [Fact]
    public void A_missing_value_is_left_as_its_expression_text()
    {
        var card = Expand("""{"whole": "${owner.name}", "text": "Owner: ${owner.name}", "index": "${$index}"}""", """{"owner": {}}""");

        JsonAssert.Equal(JsonNode.Parse("""{"whole": "${owner.name}", "text": "Owner: ${owner.name}", "index": "${$index}"}"""), card);
    }

    [Fact]
    public void An_unknown_function_inside_text_stays_as_written_back_by_adaptive_expressions()
    {
        var card = Expand("""{"t": "x ${foo(a==1, -a, !b, 'x'=='y' && c || d, \"q\")} y ${a}"}""", """{"a": 1}""");

        Assert.Equal("x ${foo((a == 1), (0 - a), !(b), ((('x' == 'y') && c) || d), 'q')} y 1", (string?)card["t"]);
    }

    [Fact]
    public void A_failing_expression_inside_text_stays_as_written_back()
    {
        var card = Expand("""{"t": "${count(n)} and ${-s} but ${not(n) == equals(n, 1)}"}""", """{"n": 5, "s": "x"}""");

        Assert.Equal("${count(n)} and ${(0 - s)} but true", (string?)card["t"]);
    }

    [Fact]
    public void An_unknown_function_as_a_whole_value_is_an_error_naming_the_template_and_the_place()
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand("""{"body": [{"text": "${toUpper(name)}"}]}""", """{"name": "x"}"""));

        Assert.Contains("'test'", error.Message);
        Assert.Contains("$.body[0].text", error.Message);
        Assert.Contains("toUpper", error.Message);
    }

    [Fact]
    public void An_unknown_function_in_when_is_an_error_as_in_the_reference_engine()
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand("""{"items": [{"$when": "${isAdmin(user) && can.close}"}]}""", "{}"));

        Assert.Contains("$.items[0].$when", error.Message);
        Assert.Contains("unknown function isAdmin", error.Message);
    }

    [Fact]
    public void A_null_inside_text_is_an_error_rather_than_a_card_with_a_hole()
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand("""{"t": "Owner: ${owner}"}""", """{"owner": null}"""));

        Assert.Contains("${owner} is null", error.Message);
    }

    [Theory]
    [InlineData("${a +}")]
    [InlineData("${a = 1}")]
    [InlineData("${if(a, 1)}")]
    [InlineData("${not(a, b)}")]
    [InlineData("a `backtick` ${a}")]
    public void A_template_with_an_invalid_expression_fails_when_it_is_loaded(string text)
    {
        var template = new JsonObject { ["t"] = text }.ToJsonString();

        var error = Assert.Throws<CardTemplateException>(() => AdaptiveCardTemplate.Parse("bad", template));

        Assert.Contains("'bad' at $.t", error.Message);
    }

    [Fact]
    public void Text_without_a_complete_expression_is_kept_as_written()
    {
        var card = Expand("""{"a": "${}", "b": "x ${unclosed", "c": "{braces} and $dollars", "d": "\\${a} is literal", "e": "${'unclosed}"}""", """{"a": 1}""");

        JsonAssert.Equal(JsonNode.Parse("""{"a": "${}", "b": "x ${unclosed", "c": "{braces} and $dollars", "d": "${a} is literal", "e": "${'unclosed}"}"""), card);
    }

    [Theory]
    [InlineData("""{"customer": "Mrs O'Neill"}""", "Mrs O'Neill")]
    [InlineData("""{"customer": ""}""", "Anonymous")]
    [InlineData("""{"customer": null}""", "Anonymous")]
    [InlineData("""{}""", "Anonymous")]
    public void A_customer_with_no_name_is_shown_as_anonymous(string data, string expected)
    {
        var card = Expand("""{"t": "${if(empty(customer), 'Anonymous', customer)}"}""", data);

        Assert.Equal(expected, (string?)card["t"]);
    }

    [Theory]
    [InlineData("overdue", -2, "Overdue|attention|2 overdue")]
    [InlineData("dueToday", 0, "Due today|warning|0 left")]
    [InlineData("dueSoon", 3, "Due soon|warning|3 left")]
    [InlineData("onTrack", 12, "On track|good|12 left")]
    public void A_deadline_status_gets_its_label_colour_and_working_days_as_the_case_card_writes_them(string status, int daysLeft, string expected)
    {
        var card = Expand(
            """
            {"label": "${if(status == 'overdue', 'Overdue', if(status == 'dueToday', 'Due today', if(status == 'dueSoon', 'Due soon', 'On track')))}",
             "colour": "${if(status == 'overdue', 'attention', if(status == 'dueToday' || status == 'dueSoon', 'warning', 'good'))}",
             "days": [{"$when": "${workingDaysLeft >= 0}", "t": "${workingDaysLeft} left"}, {"$when": "${workingDaysLeft < 0}", "t": "${-workingDaysLeft} overdue"}]}
            """,
            new JsonObject { ["status"] = status, ["workingDaysLeft"] = daysLeft }.ToJsonString());

        Assert.Equal(expected, $"{card["label"]}|{card["colour"]}|{card["days"]![0]!["t"]}");
    }

    [Fact]
    public void Logical_functions_and_comparisons_follow_adaptive_expressions_even_where_or_gives_no_value()
    {
        var card = Expand(
            """
            {"and": "${t && n}", "or": "${f || missing}", "not": "${!missing}", "notFn": "${not(zero)}",
             "eqNum": "${n == 1.0}", "eqStrNum": "${n == '1'}", "ne": "${s != 'x'}", "eqMissing": "${missing == null}",
             "lt": "${s < 't'}", "ltMissing": "${missing < 1}", "count": "${count(list)}", "countText": "${count(s)}",
             "emptyObj": "${empty(obj)}", "emptyZero": "${empty(zero)}", "ifZero": "${if(zero, 'yes', 'no')}"}
            """,
            """{"t": true, "f": false, "n": 1, "s": "x", "zero": 0, "list": [1, 2, 3], "obj": {}}""");

        JsonAssert.Equal(JsonNode.Parse("""
            {"and": true, "not": true, "notFn": false, "eqNum": true, "eqStrNum": false, "ne": false,
             "eqMissing": true, "lt": false, "ltMissing": false, "count": 3, "countText": 1, "emptyObj": true,
             "emptyZero": false, "ifZero": "yes"}
            """), card);
    }

    [Fact]
    public void Equality_binds_tighter_than_ordering_as_in_adaptive_expressions()
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand("""{"v": "${1 < 2 == true}"}""", "{}"));

        Assert.Contains("must be comparable", error.Message);
    }

    [Fact]
    public void Property_names_match_case_insensitively_as_in_adaptive_expressions()
    {
        var card = Expand("""{"v": "${Owner.NAME}"}""", """{"owner": {"name": "Priya"}}""");

        Assert.Equal("Priya", (string?)card["v"]);
    }

    [Fact]
    public void Arrays_returned_inside_arrays_are_spliced_in_as_the_reference_engine_does()
    {
        var card = Expand("""{"v": [["${a}"], "${list}", null, "${nothing}"]}""", """{"a": 1, "list": [2, 3], "nothing": null}""");

        JsonAssert.Equal(JsonNode.Parse("""{"v": [1, 2, 3]}"""), card);
    }

    [Fact]
    public void Customer_text_with_quotes_braces_template_markers_and_html_is_bound_as_a_plain_json_string()
    {
        const string hostile = "Jo \"the\" O'Neill }{ ${customer} ${$root} ` \\ </b><script>alert('x')</script>\n\u2028 {\"type\":\"Action.OpenUrl\"}";
        var data = new JsonObject { ["customer"] = hostile, ["caseId"] = "c-1", ["version"] = 4 };
        var template = AdaptiveCardTemplate.Parse("test", """
            {"type": "AdaptiveCard", "body": [
              {"type": "TextRun", "text": "${customer}"},
              {"type": "TextBlock", "text": "Customer: ${customer}."}],
             "actions": [{"type": "Action.Execute", "verb": "close", "data": {"caseId": "${caseId}", "version": "${version}"}}]}
            """);

        var card = template.Expand(data);
        var roundTripped = JsonNode.Parse(card.ToJsonString())!;

        Assert.Equal(hostile, (string?)roundTripped["body"]![0]!["text"]);
        // A TextBlock is markdown to Teams, so there the text is also markdown-escaped (MarkdownEscapingTests).
        Assert.Equal($"Customer: {ComplaintsBot.Cards.Templating.MarkdownText.Escape(hostile)}.", (string?)roundTripped["body"]![1]!["text"]);
        Assert.Equal(2, roundTripped["body"]!.AsArray().Count);
        Assert.Single(roundTripped["actions"]!.AsArray());
        JsonAssert.Equal(JsonNode.Parse("""{"caseId": "c-1", "version": 4}"""), roundTripped["actions"]![0]!["data"]);
    }

    [Fact]
    public void Expanding_leaves_the_data_unchanged_and_shares_no_nodes_with_it()
    {
        var data = JsonNode.Parse("""{"list": [{"n": 1}], "o": {"k": "v"}}""")!;
        var before = data.ToJsonString();
        var template = AdaptiveCardTemplate.Parse("test", """{"o": "${o}", "rows": [{"$data": "${list}", "n": "${n}"}]}""");

        var first = template.Expand(data);
        first["o"]!["k"] = "changed";
        var second = template.Expand(data);

        Assert.Equal(before, data.ToJsonString());
        Assert.Equal("v", (string?)second["o"]!["k"]);
    }

    [Fact]
    public void A_model_object_is_bound_with_camel_case_property_names()
    {
        var card = AdaptiveCardTemplate.Parse("test", """{"t": "${reference}", "v": "${version}"}""")
            .ExpandModel(new { Reference = "CMP-1", Version = 3 });

        JsonAssert.Equal(JsonNode.Parse("""{"t": "CMP-1", "v": 3}"""), card);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("Case")]
    [InlineData("case/x")]
    public void Load_accepts_only_plain_template_names(string name)
    {
        var error = Assert.Throws<CardTemplateException>(() => AdaptiveCardTemplate.Load(name));

        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void Load_names_the_missing_template()
    {
        var error = Assert.Throws<CardTemplateException>(() => AdaptiveCardTemplate.Load("no-such-card"));

        Assert.Contains("No card template 'no-such-card'", error.Message);
    }

    [Fact]
    public void A_card_dropped_by_its_own_when_is_an_error()
    {
        var error = Assert.Throws<CardTemplateException>(() => Expand("""{"$when": "${false}", "type": "AdaptiveCard"}""", "{}"));

        Assert.Contains("dropped", error.Message);
    }
}
