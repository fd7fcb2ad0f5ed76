namespace SalesCoach.Tests.EndToEnd;

/// <summary>
/// A test that drives Debian's Chromium. On a developer machine without it the test is skipped with the
/// reason; in CI (CI=true) it always runs, so a missing browser fails the build instead of hiding it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
            Skip = $"chromium not installed at {ChromiumPath}";
    }

    /// <summary>The e2e scripts read the same variable (tests/e2e/lib/browser.mjs).</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
