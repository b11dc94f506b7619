using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsBot.Cases.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model from this project alone.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CasesDbContext>();
        options.UseCaseStoreSqlite("design-time.db");
        return new CasesDbContext(options.Options);
    }
}
