using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Names;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// Every entry point (the server, `chat`, `kpi`) finds the demo company when demo mode is on: the first
/// one to start on an empty database seeds it. Otherwise it loads the names the recogniser matches,
/// which the seed does itself when it writes.
/// </summary>
public static class DemoFirstUse
{
    public static async Task EnsureAsync(IServiceProvider services, IProgress<DemoSeedStep>? progress, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<IOptions<DataOptions>>().Value.DemoData
            && (await services.GetRequiredService<DemoSeeder>().SeedAsync(force: false, cancellationToken: cancellationToken, progress: progress)).Seeded)
            return;
        await services.GetRequiredService<SalesNames>().RefreshAsync(cancellationToken);
    }
}
