namespace ComplaintsBot.Cli;

/// <summary>Bad arguments or input the user must fix: printed as one line on stderr, exit status 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
