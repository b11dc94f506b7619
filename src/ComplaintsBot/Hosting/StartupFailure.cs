using System.Data.Common;
using System.Net.Sockets;
using ComplaintsBot.Cases.Policies;
using ComplaintsBot.Cases.Store;
using Microsoft.Extensions.Options;

namespace ComplaintsBot.Hosting;

/// <summary>
/// What stops the host (or an admin command) at start because of how it is set up: a bad or missing setting,
/// a policy file, the database unreachable or at another schema, the port taken. Said as one line and a
/// non-zero exit, not a stack trace: the message names the setting or the fix.
/// </summary>
public static class StartupFailure
{
    /// <summary>sysexits' EX_CONFIG; a systemd unit can stop restarting on it (RestartPreventExitStatus=78).</summary>
    public const int ExitCode = 78;

    public static bool IsExpected(Exception e) => Unwrap(e) is
        InvalidOperationException or OptionsValidationException or ArgumentException or FormatException
        or CaseStoreSchemaException or SqliteInstanceLockedException or PolicyLoadException
        or DbException or SocketException or IOException or UnauthorizedAccessException or TimeoutException;

    /// <summary>The message on one line, with the cause's message when the outer one only wraps it.</summary>
    public static string OneLine(Exception e)
    {
        var inner = Unwrap(e);
        var text = inner.Message;
        // A wrapper's message ("An error occurred while ...") says less than its cause: add the cause's.
        if (inner.InnerException is { } cause && !text.Contains(cause.Message, StringComparison.Ordinal)) text += " " + Unwrap(cause).Message;
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } a => Unwrap(a.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } i } => Unwrap(i),
        _ => e,
    };
}
