using ComplaintsBot.Cases.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsBot.Cases.PostgreSql;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model from this project; no server is needed for that.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CasesDbContext>();
        options.UseCaseStorePostgreSql("Host=localhost;Database=complaintsbot_design");
        return new CasesDbContext(options.Options);
    }
}
