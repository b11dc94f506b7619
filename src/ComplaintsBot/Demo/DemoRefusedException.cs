namespace ComplaintsBot.Demo;

/// <summary>The demo writes only into an empty store: it never mixes invented cases with real ones.</summary>
public sealed class DemoRefusedException(string message) : Exception(message);
