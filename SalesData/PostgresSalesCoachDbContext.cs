using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data;

/// <summary>The PostgreSQL flavour (several bot instances); migrations in Migrations/Postgres.</summary>
public sealed class PostgresSalesCoachDbContext(DbContextOptions<PostgresSalesCoachDbContext> options)
    : SalesCoachDbContext(options);
