using System.Globalization;
using ComplaintsBot.Demo;

namespace ComplaintsBot.Cli;

/// <summary>
/// `demo seed [--seed n]`: fills a new, empty store with a realistic year ending today (see <see cref="DemoYear"/>),
/// so the dashboard and the reports show what the product does before there is real data. Refuses a store that
/// already holds cases or staff.
/// </summary>
internal sealed class DemoSeedCommand : ICliCommand
{
    public const int DefaultSeed = 2026;

    public string Name => "demo seed";
    public string Usage => "demo seed [--seed <n>] [--db <file> | --connection <string>]";
    public string Summary => "Fills a new, empty database with a realistic year of contacts and complaints ending today (the same --seed gives the same year).";

    public int Run(IReadOnlyList<string> tokens, CliContext context)
    {
        var arguments = CliArguments.Parse(tokens, Usage, valueOptions: ["--seed", CliStore.DbOption, CliStore.ConnectionOption]);
        var seedText = arguments.Option("--seed") ?? DefaultSeed.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            throw new CliUsageException($"--seed '{seedText}' is not a whole number.");

        // Each event is stored at the time it is said to have happened, on a clock that ends at the real now.
        var clock = new DemoClock(context.Clock);
        using var services = CliStore.OpenForChanges(arguments, new CliContext(context.Output, context.Configuration, clock));
        var demo = ActivatorUtilities.CreateInstance<DemoYear>(services, clock);
        try
        {
            var summary = demo.SeedAsync(seed).GetAwaiter().GetResult();
            context.Output.WriteLine(
                $"Demo year {summary.From:yyyy-MM-dd} to {summary.To:yyyy-MM-dd} written: {summary.Staff} staff, {summary.Contacts} contacts, " +
                $"{summary.Complaints} complaints ({summary.Stage2} taken to stage 2, {summary.Extensions} extensions asked, {summary.WithCompensation} " +
                $"responses with compensation, {summary.OmbudsmanDeterminations} Ombudsman determinations, {summary.OpenAtEnd} still open), under {string.Join(", ", summary.Policies)}.");
            context.Output.WriteLine("Open the dashboard at /dashboard with the bot running on this database.");
            return AdminCli.Success;
        }
        catch (DemoRefusedException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
