using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>
/// The retry pipeline for Connector calls: 429, 5xx and connection failures are retried with exponential
/// backoff and jitter, waiting the Retry-After the Connector asks for when it gives one (Teams does on 429).
/// </summary>
public static class ConnectorResilience
{
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(ConnectorClientOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = timeProvider ?? TimeProvider.System;
        if (options.MaxRetryAttempts <= 0) return ResiliencePipeline<HttpResponseMessage>.Empty;

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
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
        }).Build();
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
