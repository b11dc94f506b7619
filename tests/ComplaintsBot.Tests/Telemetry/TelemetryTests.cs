using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using ComplaintsBot.Hosting;
using ComplaintsBot.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using ComplaintsBot.Tests.Hosting;
using ComplaintsBot.BotFramework.Testing;

namespace ComplaintsBot.Tests.Telemetry;

/// <summary>Each turn: one Information line without personal data, the turn metrics, and OTLP export when configured.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private readonly CapturingLoggerProvider _logs = new();
    private RecordingConnector _channel = null!;
    private TeamsActivities _teams = null!;

    public async Task InitializeAsync()
    {
        _channel = await RecordingConnector.StartAsync();
        _teams = new TeamsActivities(_channel.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Each_turn_writes_one_information_line_without_what_was_typed_or_who_typed_it()
    {
        await using var host = new BotHost(_data.Path, new Dictionary<string, string> { ["Logging:LogLevel:ComplaintsBot.Turns"] = "Information" },
            services => services.AddSingleton<ILoggerProvider>(_logs));

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(_teams.Message("help"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(_teams.Message("log"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(_teams.Message("Ada Jones"))).StatusCode);

        var lines = _logs.Lines.Where(l => l.Category == TurnTelemetryMiddleware.Category).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, line =>
        {
            Assert.Equal(LogLevel.Information, line.Level);
            Assert.StartsWith("Turn message in ", line.Message, StringComparison.Ordinal);
            Assert.Contains(": ok in ", line.Message, StringComparison.Ordinal);
            foreach (var personal in new[] { "Ada", "Jones", "Alex", "Wilber", TeamsActivities.UserId, TeamsActivities.UserAadObjectId, _teams.ConversationId })
                Assert.DoesNotContain(personal, line.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_turn_is_counted_and_timed_and_a_redelivery_is_counted_as_one()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == BotTelemetry.Name) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Outcome(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Outcome(tags))));
        listener.Start();
        await using var host = new BotHost(_data.Path);
        var message = _teams.Message("help");

        await host.PostActivityAsync(message);
        await host.PostActivityAsync(message);

        // Another test's host may turn in this process meanwhile: count only what these two turns can have made.
        var turns = measurements.Where(m => m.Instrument == "complaintsbot.turns").ToList();
        Assert.Contains(turns, m => m.Outcome == "ok");
        Assert.Contains(turns, m => m.Outcome == "redelivery");
        Assert.Contains(measurements, m => m.Instrument == "complaintsbot.turn.duration" && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "complaintsbot.connector.sends" && m.Value >= 1);
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_configured_the_turn_spans_are_exported_to_it()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var host = new BotHost(_data.Path, new Dictionary<string, string>
        {
            [TelemetryServiceCollectionExtensions.OtlpEndpointKey] = collector.Address,
            [TelemetryServiceCollectionExtensions.OtlpProtocolKey] = "http/protobuf",
            // Batches leave every 200 ms instead of 5 s, and the test waits for the export while the host runs. It used
            // to dispose the host and look at once, but under the test factory Program's own app.RunAsync() disposes the
            // app (and flushes the exporter) on the entry point's thread, so DisposeAsync can return before that flush:
            // the spans arrived 20-140 ms after the assertion whenever the suite ran tests alongside (measured).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });

        await host.PostActivityAsync(_teams.Message("help"));

        Assert.True(await collector.WaitForAsync("/v1/traces", TimeSpan.FromSeconds(60)), $"No trace export arrived; the collector saw: {string.Join(", ", collector.Paths)}");
    }

    private static string? Outcome(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags) if (tag.Key == "outcome") return tag.Value as string;
        return null;
    }

    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<string> _paths = new();

        private OtlpCollector(WebApplication app) => _app = app;

        public string Address { get; private set; } = "";
        public IReadOnlyList<string> Paths => [.. _paths];

        public async Task<bool> WaitForAsync(string path, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (!_paths.Contains(path))
            {
                if (DateTime.UtcNow > until) return false;
                await Task.Delay(100);
            }
            return true;
        }

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.Map("/{**path}", (HttpContext context) =>
            {
                collector._paths.Enqueue(context.Request.Path.Value ?? "");
                return Results.Ok();
            });
            await app.StartAsync();
            collector.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
            return collector;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Keeps every log line written through it, with its category and level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
