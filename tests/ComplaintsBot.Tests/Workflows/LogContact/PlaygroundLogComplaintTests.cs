using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsBot.Cards;
using ComplaintsBot.Cases.Deadlines;
using ComplaintsBot.Cases.Time;
using ComplaintsBot.Tests.EndToEnd;
using ComplaintsBot.Tests.Hosting;
using Xunit.Abstractions;

namespace ComplaintsBot.Tests.Workflows.LogContact;

/// <summary>
/// A complaint logged through the Microsoft 365 Agents Playground in headless Chromium, as a person would:
/// "log" typed, typed answers, the summary card's Save button, then the case card.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundLogComplaintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task In_the_agents_playground_a_complaint_logged_by_typing_and_pressing_save_shows_its_case_card_with_the_codes_deadlines()
    {
        using var data = new TempFolder();
        await using var host = new BotHost(data.Path);
        var endpoint = host.StartOnLoopback();

        // The host runs on the real clock, so the expected dates are counted from now with the Code's rules.
        var now = DateTimeOffset.UtcNow;
        var calculator = new DeadlineCalculator();
        var acknowledgeBy = calculator.DueFrom(now, Timescale.WorkingDays(5));
        var respondBy = calculator.DueFrom(acknowledgeBy, Timescale.WorkingDays(10));
        var today = LondonTime.DateOf(now).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var script = new JsonObject
        {
            ["answers"] = new JsonArray(
                Pair("What is the customer's name?", "Ada Jones"),
                Pair("tenancy or account reference", "T-10042"),
                Pair("tenant, leaseholder, applicant or other", "Tenant"),
                Pair("Which tenure is their home", "Low-cost rent (LCRA)"),
                Pair("Is anyone acting for them?", "No one"),
                Pair("vulnerability or reasonable adjustments", "none"),
                Pair("How did they contact us?", "Phone"),
                Pair("When was it received?", "now"),
                Pair("What does the customer say?", "The boiler has failed three times since October."),
                Pair("What do they want us to do", "A working boiler"),
                Pair("Is the customer unhappy with our service", "yes"),
                Pair("health and safety or safeguarding concern", "No"),
                Pair("Is this the first time they have asked us for this?", "no"),
                Pair("Do they want it investigated", "yes"),
                Pair("Log it as Complaint", "Complaint"),
                Pair("When did the issue happen?", today),
                Pair("filed at court", "no"),
                Pair("already been considered under our complaints policy", "no"),
                Pair("Which service area", "Repairs"),
                Pair("theme", "Heating")),
            ["expectCase"] = new JsonArray("Stage 1 acknowledgement", CardDates.Day(acknowledgeBy), "Stage 1 response", CardDates.Day(respondBy)),
        };
        var scriptFile = Path.Combine(data.Path, "script.json");
        await File.WriteAllTextAsync(scriptFile, script.ToJsonString());

        var result = await RunAsync(endpoint, scriptFile);

        output.WriteLine(result.ToJsonString());
        Assert.True((bool?)result["ok"] == true, result.ToJsonString());
        Assert.Contains("Saved as HOC-", (string?)result["saved"]);
    }

    private static JsonArray Pair(string question, string answer) => new(question, answer);

    private static Task<JsonObject> RunAsync(string botEndpoint, string scriptFile) =>
        PlaygroundRun.RunScriptAsync("playground-log-complaint.mjs", "--bot", botEndpoint, "--script", scriptFile, "--timeout", "150000");
}
