namespace SalesCoach.Bench.Kpi;

/// <summary>Command-line settings of one run; every figure in the report depends on these.</summary>
public sealed record KpiBenchOptions
{
    public IReadOnlyList<string> Providers { get; init; } = ["sqlite", "postgres"];
    public int Conversations { get; init; } = 20;
    public int TurnsPerConversation { get; init; } = 24;
    public int Warmup { get; init; } = 12;
    public int Rounds { get; init; } = 5;
    public bool ShowAnswers { get; init; }
    /// <summary>A user's pause between getting an answer and asking again (randomised ±50%); 0 = closed loop, the saturation figure.</summary>
    public int ThinkMs { get; init; }

    /// <summary>Print every engine figure for fixed periods instead of measuring (to diff builds before and after a change).</summary>
    public bool Check { get; init; }

    /// <summary>An admin connection string of a PostgreSQL server the run may create (and drop) a database on.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("SALESCOACH_TEST_POSTGRES");

    public const string Usage =
        "usage: KpiBench [--provider sqlite|postgres|both] [--conversations N] [--turns-per-conversation N] [--warmup N]\n" +
        "                [--rounds N] [--think-ms N] [--show-answers] [--check] [--postgres <admin connection string>]\n" +
        "       (PostgreSQL: --postgres or SALESCOACH_TEST_POSTGRES, e.g. after `source .ci/start-postgres.sh`)";

    public static KpiBenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new KpiBenchOptions();
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
                "--conversations" => o with { Conversations = Int(args, ++i, 1) },
                "--turns-per-conversation" => o with { TurnsPerConversation = Int(args, ++i, 1) },
                "--warmup" => o with { Warmup = Int(args, ++i, 0) },
                "--rounds" => o with { Rounds = Int(args, ++i, 1) },
                "--show-answers" => o with { ShowAnswers = true },
                "--think-ms" => o with { ThinkMs = Int(args, ++i, 0) },
                "--check" => o with { Check = true },
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
}
