using System.Security.Cryptography;
using System.Text;
using ComplaintsBot.BotFramework.Integration.AspNetCore;
using Medallion.Threading.Postgres;

namespace ComplaintsBot.Hosting;

/// <summary>
/// One turn at a time per conversation across every instance on a PostgreSQL store: a session advisory lock
/// keyed by the conversation, held for the turn (load state, run, save). The server releases it if the holder
/// dies, so a killed instance never leaves a conversation locked.
/// </summary>
public sealed class PostgreSqlConversationLocks(string connectionString, ILogger<PostgreSqlConversationLocks> logger) : IConversationLockProvider
{
    // A pool of their own (another Application Name): a turn holding its lock must never wait for a connection
    // behind turns that hold the EF pool's connections while waiting for locks.
    private readonly PostgresDistributedSynchronizationProvider _locks = new(
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "complaintsbot-turn-locks" }.ConnectionString);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var @lock = _locks.CreateLock(new PostgresAdvisoryLockKey("complaintsbot:turn:" + key, allowHashing: true));
        if (await @lock.TryAcquireAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false) is { } taken) return taken;
        // A handled race, said once: a redelivery or double send reached another instance while this turn ran there.
        logger.LogInformation("Conversation {Conversation} is in a turn on another instance; this turn waits for it.", ShortHash(key));
        return await @lock.AcquireAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Conversation ids stay out of the log; a short hash still lets two lines be matched.</summary>
    internal static string ShortHash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12].ToLowerInvariant();
}
