using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ComplaintsBot.Telemetry;

/// <summary>
/// The bot's own traces and metrics (source and meter "ComplaintsBot"), exported over OTLP when configured
/// (Hosting/TelemetryServiceCollectionExtensions). Static like the runtime's own meters: instruments are cheap
/// when nobody listens.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "ComplaintsBot";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("complaintsbot.turns", description: "Turns, by activity type and outcome.");
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("complaintsbot.turn.duration", unit: "ms", description: "A turn from its lock to its saved state.");
    public static readonly Counter<long> TurnErrors = Meter.CreateCounter<long>("complaintsbot.turn.errors", description: "Turns that ended in an error.");
    public static readonly Counter<long> ConnectorSends = Meter.CreateCounter<long>("complaintsbot.connector.sends", description: "Activities sent to the Connector, by source.");
    public static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>("complaintsbot.reminders.sent", description: "Reminders sent, by window.");
    public static readonly Counter<long> DeadlinesBreached = Meter.CreateCounter<long>("complaintsbot.deadlines.breached", description: "Missed-deadline reminders written: each missed deadline once.");
}
