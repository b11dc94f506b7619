namespace ComplaintsBot.Cases.Store;

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> for the store (configuration <c>Store:SqliteSynchronous</c>). The file
/// is in WAL mode, where the difference is only what a crash of the machine can take away.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// Every commit is flushed to disk (fsync of the WAL) before it returns: nothing committed is ever lost.
    /// Costs one fsync per commit, which bounds writes to the disk's flush rate.
    /// </summary>
    Full,

    /// <summary>
    /// Commits are written to the WAL but flushed only at checkpoints. A crash of the process loses nothing
    /// (the OS has the data); a power cut or OS crash can lose the commits since the last checkpoint
    /// (at most the last ~1000 pages of writes: for the bot, the last turns' state and any case changes made
    /// in them). The database is never corrupted either way.
    /// </summary>
    Normal,
}
