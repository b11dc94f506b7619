using ComplaintsBot.Tests.Reports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsBot.Tests.Dashboard;

/// <summary>The real host (Program) over the seeded store, its clock fixed at <see cref="SeededCases.Now"/>.</summary>
internal static class DashboardHost
{
    public static WebApplicationFactory<Program> Create(SeededCases cases, string environment, IDictionary<string, string?>? settings = null) =>
        Create(cases.DatabasePath, SeededCases.Now, environment, settings);

    /// <summary>The real host over the SQLite store at <paramref name="databasePath"/>, its clock fixed at <paramref name="now"/>.</summary>
    public static WebApplicationFactory<Program> Create(string databasePath, DateTimeOffset now, string environment, IDictionary<string, string?>? settings = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Store:SqlitePath", databasePath);
            builder.UseSetting("Reports:Homes", SeededCases.Homes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Reports:LowCostRentalHomes", "2000");
            builder.UseSetting("Reports:LowCostHomeOwnershipHomes", "400");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        });

    public static Dictionary<string, string?> SignedIn(EntraIdTestTenant tenant) => new()
    {
        ["Dashboard:AppId"] = EntraIdTestTenant.AppId,
        ["Dashboard:TenantId"] = EntraIdTestTenant.TenantId,
        ["Dashboard:OpenIdMetadataUrl"] = tenant.MetadataUrl,
        ["Dashboard:RequireHttpsMetadata"] = "false",
    };
}
