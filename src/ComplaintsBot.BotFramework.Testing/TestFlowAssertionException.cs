namespace ComplaintsBot.BotFramework.Testing;

/// <summary>A <see cref="TestFlow"/> expectation that the bot's replies did not meet.</summary>
public class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException(string message) : base(message) { }

    public TestFlowAssertionException(string message, Exception innerException) : base(message, innerException) { }
}
