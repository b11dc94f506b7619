using System.Globalization;

namespace ComplaintsBot.LoadBenchmark;

/// <summary>Command line: --concurrency N, --conversations N, --warmup N (conversations per warm-up round), --warmup-seconds N (warm-up rounds stop once the JIT settles or after N seconds; 0: one round), --sql-log N (print the first N SQL commands), --profile-storage N (time the storage alone), --set Key=Value (host configuration).</summary>
public sealed record BenchmarkOptions(int Concurrency, int Conversations, int WarmUp, TimeSpan LongestWarmUp, int SqlLog, int ProfileStorage, Dictionary<string, string?> Settings)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        int concurrency = 64, conversations = 4000, warmUp = 500, warmUpSeconds = 60, sqlLog = 0, profileStorage = 0;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--concurrency": concurrency = Positive(name, value); break;
                case "--conversations": conversations = Positive(name, value); break;
                case "--warmup": warmUp = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": warmUpSeconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--sql-log": sqlLog = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--profile-storage": profileStorage = Positive(name, value); break;
                case "--set":
                    var parts = value.Split('=', 2);
                    if (parts.Length != 2) throw new ArgumentException($"--set takes Key=Value, not '{value}'.");
                    settings[parts[0]] = parts[1];
                    break;
                default: throw new ArgumentException($"Unknown option '{name}'. Options: --concurrency, --conversations, --warmup, --warmup-seconds, --sql-log, --profile-storage, --set Key=Value.");
            }
        }
        return new BenchmarkOptions(concurrency, conversations, warmUp, TimeSpan.FromSeconds(warmUpSeconds), sqlLog, profileStorage, settings);
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}
