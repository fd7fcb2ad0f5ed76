using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data;

/// <summary>The SQLite flavour (one machine, the embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteSalesCoachDbContext(DbContextOptions<SqliteSalesCoachDbContext> options)
    : SalesCoachDbContext(options);
