using System.Net;
using ComplaintsBot.BotFramework.Schema;

namespace ComplaintsBot.BotFramework.Builder;

/// <summary>
/// Thrown by an invoke handler to answer with a given status and body; <see cref="ActivityHandler"/>
/// turns it into the turn's <see cref="InvokeResponse"/>.
/// </summary>
public class InvokeResponseException : Exception
{
    private readonly HttpStatusCode _statusCode;
    private readonly object? _body;

    public InvokeResponseException(HttpStatusCode statusCode, object? body = null)
        : base($"The invoke was answered with HTTP {(int)statusCode}.")
    {
        _statusCode = statusCode;
        _body = body;
    }

    public InvokeResponse CreateInvokeResponse() => new((int)_statusCode, _body);
}
