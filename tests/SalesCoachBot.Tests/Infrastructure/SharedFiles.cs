namespace SalesCoach.Tests.Infrastructure;

/// <summary>
/// Files of the product brief in ../shared beside the repository: the captured guide and the dev sets. Their
/// text may not be copied into the repository, so a test that reads one is skipped, with a reason naming the
/// missing file, in a clone without shared/ beside it; in CI (CI=true, set by .ci/run) it always runs, so a
/// missing shared/ fails the build instead of passing silently.
/// </summary>
public static class SharedFiles
{
    public const string Guide = "knowledge/sales-admin-guide.zh.txt";
    public const string KbDevSet = "eval/kb-questions.dev.jsonl";
    public const string NluDevSet = "eval/utterances.dev.jsonl";

    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why a test that reads <paramref name="paths"/> cannot run here, or null when it can (or must: CI).</summary>
    public static string? SkipReason(IEnumerable<string> paths) => SkipReason(paths, InCi);

    public static string? SkipReason(IEnumerable<string> paths, bool inCi)
    {
        var missing = paths.Where(p => !File.Exists(RepositoryPaths.InShared(p.Split('/')))).ToList();
        if (missing.Count == 0 || inCi) return null;
        return $"needs {string.Join(", ", missing.Select(p => "../shared/" + p))} beside the repository " +
               "(the brief's files are not copied into it); CI=true runs this test and fails without them";
    }
}

/// <summary>A fact that reads files from ../shared: see <see cref="SharedFiles"/>.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] paths) => Skip = SharedFiles.SkipReason(paths);
}

/// <summary>A theory that reads files from ../shared: see <see cref="SharedFiles"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(params string[] paths) => Skip = SharedFiles.SkipReason(paths);
}
