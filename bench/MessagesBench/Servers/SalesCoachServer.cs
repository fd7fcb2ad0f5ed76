using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Hosts the real bot exactly as Program does (BotHost.Create), on a fresh SQLite data folder that is
/// deleted afterwards, so every run starts from an empty database.
/// </summary>
public static class SalesCoachServer
{
    public static Task<RunningServer> StartAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("salescoach-bench-").FullName;
        var app = BotHost.Create(
            // No demo company: its background seeding would compete with the measured turns (help reads no sales data).
            ["--urls=http://127.0.0.1:0", "--environment=Development", $"--SalesCoach:DataDirectory={dataDirectory}", "--SalesCoach:DemoData=false"],
            builder =>
            {
                HostTuning.QuietLogging(builder);
                if (options.ChangesBot)
                    builder.Host.UseServiceProviderFactory(new StorageOverrideFactory(options));
            });
        return RunningServer.StartAsync("help", app, () => DeleteQuietly(dataDirectory), cancellationToken);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pooled connections may still hold the file for a moment; a leftover temp folder is harmless.
        }
    }
}
