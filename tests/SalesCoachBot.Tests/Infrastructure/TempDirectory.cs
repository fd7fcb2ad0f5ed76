namespace SalesCoach.Tests.Infrastructure;

/// <summary>Fresh folders under the system temp directory, one per test, so tests never share a database.</summary>
public static class TempDirectory
{
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "salescoach-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
