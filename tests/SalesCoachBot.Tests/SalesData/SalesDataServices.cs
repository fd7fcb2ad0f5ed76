using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.SalesData;

/// <summary>The data services alone (no bot host) over a fresh SQLite folder or the given PostgreSQL database.</summary>
internal static class SalesDataServices
{
    public static ServiceProvider Create(string? postgresConnectionString = null, string? dataDirectory = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SalesCoach:DataDirectory"] = dataDirectory ?? TempDirectory.Create("sales"),
            ["ConnectionStrings:SalesCoach"] = postgresConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSalesCoachData(configuration);
        return services.BuildServiceProvider();
    }
}
