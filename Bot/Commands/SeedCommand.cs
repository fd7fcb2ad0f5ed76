using System.CommandLine;
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
    public static Command Definition()
    {
        var force = new Option<bool>("--force") { Description = "wipe the sales tables and rebuild the demo company (anchored on today)" };
        var command = new Command("seed", "Write the demo company into an empty database (configuration overrides as --Key=value).") { force }.WithOverrides();
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(force), CommandLine.Overrides(parse), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(bool force, string[] overrides, CancellationToken cancellationToken = default)
    {
        // Only the data services: the bot's own hosted services (and first-run seeding) must not start here.
        var builder = Host.CreateApplicationBuilder(overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachData(builder.Configuration);
        using var host = builder.Build();

        DemoSeedResult result;
        using (var progress = TerminalProgress.ForConsole())
            result = await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(force, cancellationToken: cancellationToken, progress: progress);
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
