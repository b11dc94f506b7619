namespace ComplaintsBot.BotFramework.Schema;

/// <summary>What the HTTP layer answers an invoke with: a status and a JSON body.</summary>
public class InvokeResponse
{
    public InvokeResponse() { }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }
    public object? Body { get; set; }
}
