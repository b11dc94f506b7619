using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplaintsBot.Tests.EndToEnd;

/// <summary>
/// Keeps what the host logs (at the level the test host lets through) so an end-to-end test can print it when it
/// fails: a Connector call the client refused shows up here, not in the browser.
/// </summary>
public sealed class HostLogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(HostLogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{logLevel} {category}: {formatter(state, exception)}";
            if (exception is not null) line += $"\n  {exception.GetType().Name}: {exception.Message}";
            sink._lines.Enqueue(line);
        }
    }
}
