using System.Text.Json.Nodes;
using ComplaintsBot.BotFramework.Schema;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Dialogs;

/// <summary>
/// A TestFlow that reads like a transcript: the officer <see cref="Says"/> or <see cref="Presses"/>, the bot
/// <see cref="Asks"/> (a reply containing the text) or shows a card (<see cref="ShowsCard"/>).
/// </summary>
public sealed class Chat(TestFlow flow)
{
    /// <summary>Data of the last summary card seen, so pressing its buttons sends what Teams would.</summary>
    private readonly SummaryCardButtons _summary = new();

    private Chat(TestFlow flow, SummaryCardButtons summary) : this(flow) => _summary = summary;

    public TestFlow Flow => flow;

    public Chat Says(string text) => new(flow.Send(text), _summary);

    /// <summary>An Action.Submit press: a message with no text and the button's data as value.</summary>
    public Chat Presses(JsonObject data) => new(flow.Send(new Activity { Type = ActivityTypes.Message, Value = data }), _summary);

    /// <summary>
    /// Fills in a card step of logging a contact and presses Next: a submit as Teams sends it (every value a string,
    /// empty inputs left out), carrying the step and the draft id of the cards shown.
    /// </summary>
    public Chat Submits(string step, params (string Input, string Value)[] inputs) => new(flow.Send(_summary.PressCard(step, inputs)), _summary);

    /// <summary>Presses Save on the last summary card shown (its data carries the draft's id).</summary>
    public Chat PressesSave() => new(flow.Send(_summary.Press("saveContact", null)), _summary);

    /// <summary>Chooses an answer in "Change an answer" on the last summary card and presses Change.</summary>
    public Chat PressesChange(string answerKey) => new(flow.Send(_summary.Press("changeAnswer", answerKey)), _summary);

    /// <summary>The next reply's text (or card) contains each of <paramref name="texts"/>.</summary>
    public Chat Asks(params string[] texts) => new(flow.AssertReply(reply =>
    {
        var shown = TranscriptRecorder.Show(reply);
        foreach (var text in texts)
            if (!shown.Contains(text, StringComparison.Ordinal))
                throw new TestFlowAssertionException($"Expected a reply containing \"{text}\", received:\n{shown}");
    }, texts.FirstOrDefault()), _summary);

    /// <summary>Same as <see cref="Asks"/>, for replies that tell rather than ask.</summary>
    public Chat Tells(params string[] texts) => Asks(texts);

    /// <summary>The next reply is a card containing each of <paramref name="texts"/>; a summary card's buttons are kept for pressing.</summary>
    public Chat ShowsCard(params string[] texts) => new(flow.AssertReply(reply =>
    {
        var card = reply.Attachments?.FirstOrDefault()?.Content as JsonObject
            ?? throw new TestFlowAssertionException($"Expected a card, received: {TranscriptRecorder.Show(reply)}");
        var json = card.ToJsonString();
        foreach (var text in texts)
            if (!TranscriptRecorder.Show(reply).Contains(text, StringComparison.Ordinal) && !json.Contains(text, StringComparison.Ordinal))
                throw new TestFlowAssertionException($"Expected a card containing \"{text}\", received:\n{TranscriptRecorder.Show(reply)}");
        _summary.Remember(card);
    }, texts.FirstOrDefault()), _summary);

    public Chat Then(Func<Chat, Chat> more) => more(this);

    public Task RunAsync() => flow.StartTestAsync();

    /// <summary>
    /// The summary card's buttons. The script is built before it runs, so a press is built before its card is
    /// shown: each summary card seen stamps its draft id on every press built (later ones are sent after it).
    /// </summary>
    private sealed class SummaryCardButtons
    {
        private readonly List<JsonObject> _presses = [];

        public void Remember(JsonObject card)
        {
            var json = card.ToJsonString();
            var at = json.IndexOf("\"intakeId\":\"", StringComparison.Ordinal);
            if (at < 0) return;
            var intakeId = json.Substring(at + 12, 36);
            foreach (var press in _presses) press["intakeId"] = intakeId;
        }

        public Activity PressCard(string step, (string Input, string Value)[] inputs)
        {
            var data = new JsonObject { ["command"] = "contactCard", ["step"] = step };
            // A later value for the same input replaces the earlier one; an empty input is not sent.
            foreach (var (input, value) in inputs)
            {
                if (value.Length > 0) data[input] = value;
                else data.Remove(input);
            }
            _presses.Add(data);
            return new Activity { Type = ActivityTypes.Message, Value = data };
        }

        public Activity Press(string command, string? answerKey)
        {
            var data = new JsonObject { ["command"] = command };
            if (answerKey is not null) data["answerToChange"] = answerKey;
            _presses.Add(data);
            return new Activity { Type = ActivityTypes.Message, Value = data };
        }
    }
}
