using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsBot.Cases.Store;

/// <summary>Lets `dotnet ef migrations add` build the context from this project alone.</summary>
internal sealed class CasesDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CasesDbContext>();
        options.UseCaseStoreSqlite("design-time.db");
        return new CasesDbContext(options.Options);
    }
}
