using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoach.Data.Access;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Import;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Names;
using SalesCoach.Data.State;

namespace SalesCoach.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "SalesCoach";

    /// <summary>
    /// Registers the database: PostgreSQL when ConnectionStrings:SalesCoach is set, otherwise a SQLite
    /// file in SalesCoach:DataDirectory. Callers depend on IDbContextFactory&lt;SalesCoachDbContext&gt; only.
    /// </summary>
    public static IServiceCollection AddSalesCoachData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.SectionName);
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddPooledDbContextFactory<PostgresSalesCoachDbContext>(o => o.UseNpgsql(postgres));
            services.AddSingleton<IDbContextFactory<SalesCoachDbContext>>(sp =>
                new BaseContextFactory<PostgresSalesCoachDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresSalesCoachDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteSalesCoachDbContext>((sp, o) => o
                .UseSqlite(SqliteConnectionString(sp.GetRequiredService<IOptions<DataOptions>>().Value))
                .AddInterceptors(SqlitePragmas.Instance));
            services.AddSingleton<IDbContextFactory<SalesCoachDbContext>>(sp =>
                new BaseContextFactory<SqliteSalesCoachDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSalesCoachDbContext>>()));
            // Bot-state writes committed together on SQLite's single writer (see SqliteStateWriter).
            services.AddSingleton(sp => new SqliteStateWriter(sp.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqliteStateWriter>>()));
        }
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<SalesNames>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SalesOrganisation>();
        services.AddSingleton<ViewerResolver>();
        services.AddOptions<KpiOptions>().BindConfiguration(KpiOptions.SectionName);
        services.AddSingleton<KpiEngine>();
        services.AddSingleton<DemoSeeder>();
        services.AddCrmImport();
        return services;
    }

    internal static string SqliteConnectionString(DataOptions options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.SqlitePath)!);
        // Default Timeout doubles as the busy timeout: concurrent writers wait instead of failing.
        // No Cache=Shared: with WAL, private caches let readers run beside the writer.
        return $"Data Source={options.SqlitePath};Default Timeout=30";
    }

    private sealed class BaseContextFactory<T>(IDbContextFactory<T> inner) : IDbContextFactory<SalesCoachDbContext>
        where T : SalesCoachDbContext
    {
        public SalesCoachDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
