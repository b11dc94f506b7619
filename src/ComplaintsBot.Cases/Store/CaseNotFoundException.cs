namespace ComplaintsBot.Cases.Store;

public sealed class CaseNotFoundException(string message) : Exception(message);
