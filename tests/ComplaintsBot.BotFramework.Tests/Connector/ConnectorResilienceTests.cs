using System.Net;
using System.Net.Http.Headers;
using ComplaintsBot.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.BotFramework.Tests.Connector;

public class ConnectorResilienceTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Retry_after_in_seconds_is_the_delay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)) } };

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResilience.GetRetryAfterDelay(response, _clock, Cap));
    }

    [Fact]
    public void Retry_after_as_a_date_is_measured_from_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(12)) } };

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorResilience.GetRetryAfterDelay(response, _clock, Cap));
    }

    [Fact]
    public void A_retry_after_longer_than_the_cap_is_cut_and_one_in_the_past_is_zero()
    {
        using var longWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)) } };
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(-5)) } };

        Assert.Equal(Cap, ConnectorResilience.GetRetryAfterDelay(longWait, _clock, Cap));
        Assert.Equal(TimeSpan.Zero, ConnectorResilience.GetRetryAfterDelay(past, _clock, Cap));
    }

    [Fact]
    public void Without_retry_after_the_backoff_decides()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        Assert.Null(ConnectorResilience.GetRetryAfterDelay(response, _clock, Cap));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    public void Only_throttling_and_server_errors_are_transient(int status, bool transient)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(transient, ConnectorResilience.IsTransient(response));
    }

    [Fact]
    public async Task The_pipeline_waits_the_retry_after_the_connector_asked_for()
    {
        var options = new ConnectorClientOptions { MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAfter = TimeSpan.FromSeconds(60), TotalTimeout = TimeSpan.FromSeconds(60) };
        var pipeline = ConnectorResilience.CreatePipeline(options, _clock);
        var attempts = 0;

        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            var response = attempts == 1
                ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)) } }
                : new HttpResponseMessage(HttpStatusCode.Created);
            return ValueTask.FromResult(response);
        }).AsTask();

        await WaitUntil(() => attempts == 1);
        _clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Yield();
        Assert.Equal(1, attempts);
        _clock.Advance(TimeSpan.FromSeconds(1));
        using var final = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, attempts);
        Assert.Equal(HttpStatusCode.Created, final.StatusCode);
    }

    [Fact]
    public async Task An_attempt_that_does_not_answer_is_abandoned_at_the_request_timeout_and_the_call_at_the_total_budget()
    {
        var options = new ConnectorClientOptions { MaxRetryAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryDelay = TimeSpan.FromMilliseconds(1), RequestTimeout = TimeSpan.FromSeconds(4), TotalTimeout = TimeSpan.FromSeconds(10) };
        var pipeline = ConnectorResilience.CreatePipeline(options, _clock);
        var attempts = 0;
        var start = _clock.GetUtcNow();

        var run = pipeline.ExecuteAsync(async ct =>
        {
            Interlocked.Increment(ref attempts);
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.Created);
        }).AsTask();

        // Fake time in 100 ms steps: each attempt is given up at 4 s, retried after a 1 ms backoff, until 10 s in all.
        await WaitUntil(() => attempts == 1);
        for (var step = 0; step < 100 && !run.IsCompleted; step++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(20);
        }

        await Assert.ThrowsAsync<Polly.Timeout.TimeoutRejectedException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.InRange(attempts, 2, 3); // 3 when each retry starts within its 100 ms step; a busy machine may lose a step
        Assert.True(_clock.GetUtcNow() - start <= TimeSpan.FromSeconds(10.5), "gave up within the 10 s budget");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(5);
        Assert.True(condition());
    }
}
