using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesCoach.Data;

// Used only by `dotnet ef migrations add`; the running app configures providers from configuration.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSalesCoachDbContext>
{
    public SqliteSalesCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSalesCoachDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSalesCoachDbContext>
{
    public PostgresSalesCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSalesCoachDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
