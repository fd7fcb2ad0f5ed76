namespace SalesCoach.Bench.Mixed;

/// <summary>Command-line settings of one run; every figure in the report depends on these.</summary>
public sealed record MixedBenchOptions
{
    public IReadOnlyList<string> Providers { get; init; } = ["sqlite", "postgres"];
    public IReadOnlyList<int> Conversations { get; init; } = [20, 50];
    /// <summary>A multiple of the cycle's length, so every conversation asks every kind equally often.</summary>
    public int TurnsPerConversation { get; init; } = 24;
    public int Warmup { get; init; } = 12;
    public int Rounds { get; init; } = 5;
    /// <summary>Turns per conversation in each one-kind phase that measures CPU per turn kind (0 = skip).</summary>
    public int KindTurns { get; init; } = 12;
    public bool ShowAnswers { get; init; }
    /// <summary>A TSV file to append one summary line per provider and conversation count to (see bench/results).</summary>
    public string? Results { get; init; }
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("SALESCOACH_TEST_POSTGRES");

    public const string Usage =
        "usage: MixedBench [--provider sqlite|postgres|both] [--conversations 20,50] [--turns-per-conversation N] [--warmup N]\n" +
        "                  [--rounds N] [--kind-turns N] [--show-answers] [--results FILE.tsv] [--postgres <admin connection string>]\n" +
        "       (PostgreSQL: --postgres or SALESCOACH_TEST_POSTGRES, e.g. after `source .ci/start-postgres.sh`)";

    public static MixedBenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new MixedBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            o = args[i] switch
            {
                "--provider" => o with
                {
                    Providers = Value(args, ++i) switch
                    {
                        "sqlite" => ["sqlite"],
                        "postgres" => ["postgres"],
                        "both" => ["sqlite", "postgres"],
                        var p => throw new ArgumentException($"unknown provider '{p}'"),
                    },
                },
                "--conversations" => o with { Conversations = Counts(args, ++i) },
                "--turns-per-conversation" => o with { TurnsPerConversation = Int(args, ++i, MixedScript.Cycle.Count) },
                "--warmup" => o with { Warmup = Int(args, ++i, 0) },
                "--rounds" => o with { Rounds = Int(args, ++i, 1) },
                "--kind-turns" => o with { KindTurns = Int(args, ++i, 0) },
                "--show-answers" => o with { ShowAnswers = true },
                "--results" => o with { Results = Value(args, ++i) },
                "--postgres" => o with { Postgres = Value(args, ++i) },
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }
        if (o.Providers.Contains("postgres") && string.IsNullOrWhiteSpace(o.Postgres))
            throw new ArgumentException("PostgreSQL needs --postgres or SALESCOACH_TEST_POSTGRES");
        return o;
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Int(IReadOnlyList<string> args, int i, int min) =>
        int.TryParse(Value(args, i), out var v) && v >= min ? v : throw new ArgumentException($"{args[i - 1]} needs a whole number >= {min}");

    private static int[] Counts(IReadOnlyList<string> args, int i)
    {
        var parts = Value(args, i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p => int.TryParse(p, out var n) && n > 0)
            ? [.. parts.Select(int.Parse)]
            : throw new ArgumentException("--conversations needs whole numbers >= 1, comma-separated (e.g. 20,50)");
    }
}
