namespace ComplaintsBot.BotFramework.Authentication;

/// <summary>
/// The channel's signing keys could not be fetched, so no token can be checked: the request is neither
/// accepted nor refused as unauthorised. The adapter answers 503 with Retry-After, so the channel tries again.
/// </summary>
public sealed class SigningKeysUnavailableException(string message, Exception? innerException) : Exception(message, innerException);
