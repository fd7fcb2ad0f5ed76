namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server (SALESCOACH_TEST_POSTGRES, an admin connection string).
/// On a developer machine without one it is skipped with the reason; in CI (CI=true) it always runs,
/// so a missing server fails the build instead of passing silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.AdminConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"PostgreSQL not configured: set {PostgresTestDatabase.EnvironmentVariable} (CI does)";
    }
}
