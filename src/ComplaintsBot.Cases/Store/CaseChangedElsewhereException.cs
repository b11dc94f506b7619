namespace ComplaintsBot.Cases.Store;

/// <summary>
/// A change was made against a version of a case that is no longer current: a stale card, a double click,
/// or two people acting at once. Nothing was saved; reload the case and try again.
/// </summary>
public sealed class CaseChangedElsewhereException(string message, Exception? inner = null) : Exception(message, inner);
