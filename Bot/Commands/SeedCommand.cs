using SalesCoach.Data;
using SalesCoach.Data.Demo;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `seed [--force]`: writes the demo company. Without --force a database that already has users is
/// left alone (the same rule as first run); --force wipes the sales tables and rebuilds them.
/// Configuration overrides pass through as --Key=value (e.g. --SalesCoach:DataDirectory=./data).
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var force = args.Contains("--force");
        var unknown = args.FirstOrDefault(a => a != "--force" && !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')));
        if (unknown is not null)
            throw new CommandException($"unknown argument '{unknown}'. Usage: seed [--force]");

        // Only the data services: the bot's own hosted services (and first-run seeding) must not start here.
        var builder = Host.CreateApplicationBuilder([.. args.Where(a => a != "--force")]);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        using var host = builder.Build();

        var result = await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(force);
        if (!result.Seeded)
        {
            Console.WriteLine("The database already has sales data; nothing written. Use `seed --force` to rebuild the demo company.");
            return 0;
        }
        Console.WriteLine($"Seeded the demo company (today = {result.Anchor:yyyy-MM-dd}) in {result.Elapsed.TotalSeconds:0.0} s:");
        foreach (var (table, count) in result.Counts)
            Console.WriteLine($"  {table,-13}{count,9:N0}");
        return 0;
    }
}
