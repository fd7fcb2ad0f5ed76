using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Model;

namespace SalesCoach.Data;

/// <summary>The SQLite flavour (one machine, the embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteSalesCoachDbContext(DbContextOptions<SqliteSalesCoachDbContext> options)
    : SalesCoachDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Only the sales tables: the state tables never filter on time and keep their original columns.
        var converter = new UtcTicksConverter();
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == typeof(Order).Namespace))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                property.SetValueConverter(converter);
        }
    }
}
