namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// Fresh folders under salescoach-tests/ in the system temp directory, one per test, so tests never share a
/// database. An instance deletes its folder on dispose; <see cref="Create"/> leaves it for the OS to clean
/// (a server or process started by the test may still hold files in it when the test ends).
/// </summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "scratch")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salescoach-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder (nothing is created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public static string Create(string prefix) => new TempDirectory(prefix).Path;

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
