using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Kpi;

/// <summary>The theory twin of <see cref="PostgresFactAttribute"/>: skipped without a server, except in CI (CI=true), where it must run.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestDatabase.AdminConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"PostgreSQL not configured: set {PostgresTestDatabase.EnvironmentVariable} (CI does)";
    }
}
