namespace SalesCoach.Tests.Infrastructure;

/// <summary>Where the repository (the folder holding SalesCoachBot.sln) and the shared/ folder beside it are.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "SalesCoachBot.sln"))) return directory.FullName;
        throw new InvalidOperationException($"SalesCoachBot.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path inside ../shared (CI lays shared/ beside the checkout).</summary>
    public static string InShared(params string[] parts) => Path.Combine([Directory.GetParent(Root)!.FullName, "shared", .. parts]);
}
