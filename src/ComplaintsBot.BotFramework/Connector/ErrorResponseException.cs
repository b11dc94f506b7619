using System.Net;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Connector;

/// <summary>A Connector call failed (after any retries): its HTTP status and the Connector's error body.</summary>
public class ErrorResponseException : Exception
{
    public ErrorResponseException(HttpStatusCode statusCode, ErrorResponse? body, string? responseContent, string operation)
        : base(BuildMessage(statusCode, body, operation))
    {
        StatusCode = statusCode;
        Body = body;
        ResponseContent = responseContent;
        Operation = operation;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The parsed error body, or null when the Connector sent none (or not JSON).</summary>
    public ErrorResponse? Body { get; }

    /// <summary>The raw response text, for logging.</summary>
    public string? ResponseContent { get; }

    /// <summary>Which call failed, e.g. "POST v3/conversations/{id}/activities".</summary>
    public string Operation { get; }

    private static string BuildMessage(HttpStatusCode statusCode, ErrorResponse? body, string operation)
    {
        var code = body?.Error?.Code;
        var message = body?.Error?.Message;
        var detail = code is null && message is null ? "no error details" : $"{code}: {message}";
        return $"Connector call {operation} failed with HTTP {(int)statusCode} ({statusCode}): {detail}.";
    }
}
