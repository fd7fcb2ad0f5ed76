using SalesCoach.Bot.Commands;
using SalesCoach.Data.Demo;
using SalesCoach.Data.Import;
using SalesCoach.Tests.Import;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Commands;

/// <summary>
/// Long admin work (seed, import, kb ingest, kb eval) shows one status line on a terminal, and nothing at all
/// when its output goes to a file or a pipe: a script sees exactly the command's own output.
/// </summary>
public sealed class TerminalProgressTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];
    private readonly SampleFiles _files = new();
    private readonly string _data = TempDirectory.Create("progress");

    private string Setting => $"--SalesCoach:DataDirectory={_data}";

    [Fact]
    public async Task SeedPrintsOnlyItsResultWhenOutputIsRedirected()
    {
        // The test host reads the process's stdout and stderr through pipes: both are redirected.
        var (code, output) = await BotProcess.RunToExitAsync(NoEnvironment, "seed", Setting);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.StartsWith("Seeded the demo company", lines[0]);
        Assert.DoesNotContain("Seeding", output);
        // The rest is the table of counts, one "  table   count" line each.
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^\s+\w+\s+[\d,]+$", l));
    }

    [Fact]
    public async Task ImportPrintsOnlyItsSummaryWhenOutputIsRedirected()
    {
        var users = _files.Csv("users.csv", SampleFiles.Utf8Bom, ["id", "name", "email", "role", "team", "region", "manager_id", "timezone"],
            ["u1", "张伟", "zw@example.cn", "销售", "华东一组", "华东", "", ""]);

        var (code, output) = await BotProcess.RunToExitAsync(NoEnvironment, "import", users, "--entity", "users", "--preset", "generic", Setting);

        Assert.Equal(0, code);
        Assert.StartsWith("Imported", Assert.Single(Lines(output)));
    }

    [Fact]
    public async Task KbIngestPrintsOnlyOneLinePerFileWhenOutputIsRedirected()
    {
        var notes = Path.Combine(_data, "notes.md");
        await File.WriteAllTextAsync(notes, "# 回访\n\n客户回访在签约后一周内完成。\n");

        var (code, output) = await BotProcess.RunToExitAsync(NoEnvironment, "kb", "ingest", notes, Setting);

        Assert.Equal(0, code);
        Assert.StartsWith("ingested notes.md", Assert.Single(Lines(output)));
    }

    [Fact]
    public void OnATerminalOneLineIsRewrittenInPlaceAndClearedAtTheEnd()
    {
        var terminal = new StringWriter();
        using (var progress = TerminalProgress.To(terminal))
        {
            progress.Report(new DemoSeedStep("users", 2, 6));
            progress.Report(new ImportStep(ImportStep.Checking, 2000, 100_000));
        }

        var written = terminal.ToString();
        // Each status starts with a carriage return over the last; the end blanks the line and returns to its start.
        Assert.Equal(["", "Seeding the demo company (first use): users (2/6)", "Importing: checking row 2,000 of 100,000...", "", ""],
            written.Split('\r').Select(s => s.TrimEnd()));
        // No newline anywhere: the command's own output starts on the line the status used.
        Assert.DoesNotContain('\n', written);
    }

    [Fact]
    public void TheConsoleProgressIsHiddenWhenOutputIsRedirected()
    {
        // xunit's runner pipes the test process's output, as a script would.
        Assert.True(Console.IsOutputRedirected);
        Assert.False(TerminalProgress.ForConsole().Visible);
    }

    [Fact]
    public async Task TheImporterReportsTheRowsItHasChecked()
    {
        var rows = Enumerable.Range(1, ImportStep.Every + 5)
            .Select(i => new[] { $"u{i}", $"Rep {i}", $"rep{i}@example.cn", "rep", "", "", "", "" }).ToArray();
        var users = _files.Csv("many.csv", SampleFiles.Utf8Bom, [["id", "name", "email", "role", "team", "region", "manager_id", "timezone"], .. rows]);
        var steps = new List<ImportStep>();
        await using var db = await ImportTestDatabase.SqliteAsync();

        await db.ImportOkAsync(users, ImportEntity.Users, "generic", new SynchronousProgress<ImportStep>(steps.Add));

        Assert.Equal(ImportStep.Reading, steps[0].Phase);
        var checking = steps.Where(s => s.Phase == ImportStep.Checking).Select(s => s.Done).ToList();
        Assert.Equal([1, ImportStep.Every + 1, rows.Length], checking);
        Assert.Equal(new ImportStep(ImportStep.Writing, 0, rows.Length), steps[^1]);
    }

    private static List<string> Lines(string output) => [.. output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];

    public void Dispose() => _files.Dispose();

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the steps must be in the list when the import returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
