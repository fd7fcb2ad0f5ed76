namespace SalesCoach.Bench.Dashboard;

/// <summary>Command-line settings of one run; every figure in the report depends on these.</summary>
public sealed record DashboardBenchOptions
{
    public IReadOnlyList<string> Providers { get; init; } = ["sqlite"];
    /// <summary>Browsers loading the page at once, each signed in on its own through the demo sign-in page.</summary>
    public int Clients { get; init; } = 4;
    public int PageLoads { get; init; } = 50;
    public int Warmup { get; init; } = 10;
    public int Rounds { get; init; } = 5;
    /// <summary>Requests per browser to each endpoint alone, for CPU per endpoint (0 skips that phase).</summary>
    public int EndpointRequests { get; init; } = 20;
    /// <summary>Page loads on months not asked before, after the rounds (0 skips that phase).</summary>
    public int ColdPages { get; init; } = 6;
    /// <summary>The periods the page loads cycle through (the page opens on "month"; the picker offers the others).</summary>
    public IReadOnlyList<string> Periods { get; init; } = ["month"];
    public string? Results { get; init; }
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("SALESCOACH_TEST_POSTGRES");

    public const string Usage =
        "usage: DashboardBench [--provider sqlite|postgres|both] [--clients 4] [--page-loads 50] [--warmup 10] [--rounds 5]\n" +
        "                      [--endpoint-requests 20] [--cold-pages 6] [--periods month,last-month,...] [--results FILE.tsv] [--postgres <admin connection string>]";

    public static DashboardBenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new DashboardBenchOptions();
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
                "--clients" => o with { Clients = Int(args, ++i, 1) },
                "--page-loads" => o with { PageLoads = Int(args, ++i, 1) },
                "--warmup" => o with { Warmup = Int(args, ++i, 0) },
                "--rounds" => o with { Rounds = Int(args, ++i, 1) },
                "--endpoint-requests" => o with { EndpointRequests = Int(args, ++i, 0) },
                "--cold-pages" => o with { ColdPages = Int(args, ++i, 0) },
                "--periods" => o with { Periods = Value(args, ++i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--results" => o with { Results = Value(args, ++i) },
                "--postgres" => o with { Postgres = Value(args, ++i) },
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }
        if (o.Periods.Count == 0) throw new ArgumentException("--periods needs at least one period");
        if (o.Providers.Contains("postgres") && string.IsNullOrWhiteSpace(o.Postgres))
            throw new ArgumentException("PostgreSQL needs --postgres or SALESCOACH_TEST_POSTGRES");
        return o;
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");

    private static int Int(IReadOnlyList<string> args, int i, int min) =>
        int.TryParse(Value(args, i), out var v) && v >= min ? v : throw new ArgumentException($"{args[i - 1]} needs a whole number >= {min}");
}
