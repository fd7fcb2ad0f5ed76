namespace SalesCoach.Tests.Infrastructure;

/// <summary>The rule for tests that read ../shared: skipped with a reason outside CI, run (and so failing) in CI.</summary>
public sealed class SharedFilesTests
{
    [Fact]
    public void AMissingFileSkipsWithAReasonThatNamesIt()
    {
        var reason = SharedFiles.SkipReason(["knowledge/not-there.txt", SharedFiles.Guide], inCi: false);

        Assert.NotNull(reason);
        Assert.Contains("../shared/knowledge/not-there.txt", reason);
        // Only what is missing is named.
        if (File.Exists(RepositoryPaths.InShared(SharedFiles.Guide.Split('/')))) Assert.DoesNotContain(SharedFiles.Guide, reason);
    }

    [Fact]
    public void InCiNothingIsSkippedSoAMissingFileFails() =>
        Assert.Null(SharedFiles.SkipReason(["knowledge/not-there.txt"], inCi: true));

    [Fact]
    public void TheTeamsSchemasAreInTheRepository()
    {
        // The manifest tests must not depend on ../shared: the MIT-licensed schemas travel with the repository.
        foreach (var file in new[] { "MicrosoftTeams.schema.json", "MicrosoftTeams.Localization.schema.json" })
            Assert.True(File.Exists(Path.Combine(Manifest.TeamsSchemas.Directory(), file)), file);
        Assert.StartsWith(RepositoryPaths.Root, Manifest.TeamsSchemas.Directory());
        Assert.True(File.Exists(RepositoryPaths.InRepository("tests", "data", "schemas", "teams", "LICENSE")));
    }
}
