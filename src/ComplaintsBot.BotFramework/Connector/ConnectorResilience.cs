using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// The budget of every Connector call, outermost first: a total timeout (a turn waiting on a Connector that
/// does not answer holds the conversation, so it gives up within seconds), then retries of 429, 5xx,
/// connection failures and attempts that timed out, with exponential backoff and jitter (waiting the
/// Retry-After the Connector asks for, Teams does on 429, within the total), then a timeout per attempt.
/// </summary>
public static class ConnectorResilience
{
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(ConnectorClientOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = timeProvider ?? TimeProvider.System;

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.TotalTimeout > TimeSpan.Zero) builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? GetRetryAfterDelay(response, clock, options.MaxRetryAfter) : null),
                OnRetry = args =>
                {
                    logger?.LogWarning(
                        "Connector call failed ({Outcome}); retry {Attempt} of {Max} in {Delay}.",
                        args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        if (options.RequestTimeout > TimeSpan.Zero) builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    public static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;

    /// <summary>The wait a Retry-After header asks for (seconds or a date), capped; null when there is none.</summary>
    public static TimeSpan? GetRetryAfterDelay(HttpResponseMessage response, TimeProvider clock, TimeSpan cap)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - clock.GetUtcNow() : null);
        if (delay is null) return null;
        if (delay < TimeSpan.Zero) return TimeSpan.Zero;
        return delay > cap ? cap : delay;
    }
}
