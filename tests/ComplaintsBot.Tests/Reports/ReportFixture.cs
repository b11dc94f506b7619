using ComplaintsBot.Reports;

namespace ComplaintsBot.Tests.Reports;

/// <summary>Seeds <see cref="SeededCases"/> once for a test class and builds the December 2026 report from it.</summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public SeededCases Cases { get; private set; } = null!;
    public ComplaintsReport December { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cases = await SeededCases.CreateAsync();
        December = await Cases.Builder.BuildAsync(SeededCases.December2026, SeededCases.HomesByTenure, ReportFilter.None);
    }

    public async Task DisposeAsync() => await Cases.DisposeAsync();
}
