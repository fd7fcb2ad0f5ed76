namespace SalesCoach.Bench;

/// <summary>Command-line settings of one benchmark run; every figure in the report depends on these.</summary>
public sealed record BenchOptions
{
    public int Conversations { get; init; } = 50;
    public int TurnsPerConversation { get; init; } = 100;
    public int Warmup { get; init; } = 60;
    public int Rounds { get; init; } = 5;
    public bool Json { get; init; }

    /// <summary>A TSV file to append the run's summary line to (bench/results/messages.tsv from the run script).</summary>
    public string? Results { get; init; }

    /// <summary>Diagnostic: time every IStorage call of the real bot (adds a wrapper, so off by default).</summary>
    public bool TimeStorage { get; init; }

    /// <summary>Diagnostic: run the real bot on in-memory state instead of SQLite, to see what storage costs.</summary>
    public bool MemoryStorage { get; init; }

    /// <summary>Diagnostic: raise the thread pool's minimum (0 = runtime default) to test for starvation by blocking calls.</summary>
    public int MinThreads { get; init; }

    /// <summary>
    /// Diagnostic: the echo floor reuses the SDK's outbound clients across turns as the bot does
    /// (ReusedConnectorAuthentication), so help/echo compares the bot's own work against an equally tuned floor.
    /// </summary>
    public bool FloorReusesClients { get; init; }

    /// <summary>True when a diagnostic changes the bot or the process: the figures are then not the shipped configuration's.</summary>
    public bool ChangesBot => TimeStorage || MemoryStorage || MinThreads > 0;

    /// <summary>True when any diagnostic is on (the bot's or the floor's): such runs are not recorded in bench/results.</summary>
    public bool Diagnostic => ChangesBot || FloorReusesClients;

    public const string Usage =
        "usage: MessagesBench [--conversations N] [--turns-per-conversation N] [--warmup N] [--rounds N] [--json] [--results FILE.tsv]\n" +
        "                     [--time-storage] [--memory-storage] [--min-threads N] [--floor-reuses-clients]\n" +
        "                     (diagnostics: they change the bot under test, see bench/README.md)";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = PositiveInt(args, ++i) },
                "--turns-per-conversation" => options with { TurnsPerConversation = PositiveInt(args, ++i) },
                "--warmup" => options with { Warmup = NonNegativeInt(args, ++i) },
                "--rounds" => options with { Rounds = PositiveInt(args, ++i) },
                "--json" => options with { Json = true },
                "--results" => options with { Results = Text(args, ++i) },
                "--time-storage" => options with { TimeStorage = true },
                "--memory-storage" => options with { MemoryStorage = true },
                "--min-threads" => options with { MinThreads = PositiveInt(args, ++i) },
                "--floor-reuses-clients" => options with { FloorReusesClients = true },
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }
        return options;
    }

    private static int PositiveInt(IReadOnlyList<string> args, int index)
    {
        var value = NonNegativeInt(args, index);
        return value > 0 ? value : throw new ArgumentException($"{args[index - 1]} must be at least 1");
    }

    private static string Text(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value");

    private static int NonNegativeInt(IReadOnlyList<string> args, int index) =>
        index < args.Count && int.TryParse(args[index], out var value) && value >= 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a whole number");
}
