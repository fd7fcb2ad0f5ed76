using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesCoach.Bench.Servers;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;

namespace SalesCoach.Bench.Kpi;

/// <summary>
/// The real bot as Program starts it (BotHost.Create) with SalesCoach:DemoData=true: SQLite in a fresh temp
/// data folder, or PostgreSQL in a fresh database on the given server (ConnectionStrings:SalesCoach). The
/// host seeds the demo company in the background; this waits until the seed has committed.
/// </summary>
public static class KpiServer
{
    public static async Task<RunningServer> StartAsync(string provider, KpiBenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("salescoach-kpibench-").FullName;
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0", "--environment=Development",
            $"--SalesCoach:DataDirectory={dataDirectory}", "--SalesCoach:DemoData=true",
        };
        string? database = null;
        if (provider == "postgres")
        {
            database = $"salescoach_kpibench_{Environment.ProcessId}_{Random.Shared.Next(100000)}";
            args.Add($"--ConnectionStrings:SalesCoach={new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database }}");
        }
        var app = BotHost.Create([.. args], HostTuning.QuietLogging);
        var server = await RunningServer.StartAsync(provider, app, () => Cleanup(dataDirectory, database, options.Postgres), cancellationToken);

        var clock = Stopwatch.StartNew();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>();
        while (true)
        {
            // The seed is one transaction: users appear together with every order, deal and survey.
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await db.Users.AnyAsync(cancellationToken)) break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The tables may not exist yet while the migration runs.
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("the demo company was not seeded within 3 minutes");
            await Task.Delay(250, cancellationToken);
        }
        await app.Services.GetRequiredService<SalesCoach.Data.Access.SalesOrganisation>().RefreshAsync(cancellationToken);
        progress.WriteLine($"{provider}: demo company seeded after {clock.Elapsed.TotalSeconds:F1} s");
        return server;
    }

    private static void Cleanup(string directory, string? database, string? adminConnection)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* pooled SQLite connections may still hold the file; a temp folder left behind is harmless */ }
        if (database is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(adminConnection);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
