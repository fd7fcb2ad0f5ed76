using System.Globalization;

namespace SalesCoach.Bench.Reminders;

/// <summary>Command-line options of the reminder delivery benchmark.</summary>
public sealed record ReminderBenchOptions(
    string Provider, int Occurrences, int Conversations, int Tenants, int TenantRate, string? Postgres, int Concurrency)
{
    public const string Usage =
        "usage: ReminderBench [--provider sqlite|postgres] [--occurrences 10000] [--conversations 500] [--tenants 1]\n" +
        "                     [--tenant-rate 30 (0 = limit off)] [--concurrency 16] [--postgres <admin connection string>]";

    public static ReminderBenchOptions Parse(string[] args)
    {
        var o = new ReminderBenchOptions("sqlite", 10_000, 500, 1, 30, Environment.GetEnvironmentVariable("SALESCOACH_TEST_POSTGRES"), 16);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : throw new ArgumentException($"{args[i]} needs a whole number >= 0");
            o = args[i] switch
            {
                "--provider" => o with { Provider = Next() is var p && p is "sqlite" or "postgres" ? p : throw new ArgumentException("--provider is sqlite or postgres") },
                "--occurrences" => o with { Occurrences = Int() },
                "--conversations" => o with { Conversations = Int() },
                "--tenants" => o with { Tenants = Int() },
                "--tenant-rate" => o with { TenantRate = Int() },
                "--concurrency" => o with { Concurrency = Int() },
                "--postgres" => o with { Postgres = Next() },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        if (o.Occurrences == 0 || o.Conversations == 0 || o.Tenants == 0) throw new ArgumentException("--occurrences, --conversations and --tenants must be > 0");
        if (o.Provider == "postgres" && string.IsNullOrEmpty(o.Postgres)) throw new ArgumentException("postgres needs --postgres or SALESCOACH_TEST_POSTGRES");
        return o;
    }
}
