namespace ComplaintsBot.Cases.Store.Configuration;

/// <summary>Column lengths, so PostgreSQL gets varchar(n) where SQLite ignores them.</summary>
internal static class Lengths
{
    public const int Reference = 24;
    public const int Enum = 32;
    public const int Id = 64;
    public const int AadObjectId = 64;
    public const int Name = 200;
    public const int Email = 320;
    public const int Url = 2048;
    public const int Text = 4000;
    public const int LongText = 16000;
}
