using System.CommandLine;
using SalesCoach.Bot.Commands;
using SalesCoach.Tests.Manifest;

namespace SalesCoach.Tests.Commands;

/// <summary>
/// Every admin command and subcommand prints its usage with --help; bad arguments exit 2 with one line that
/// says why. The commands are walked from the bot's own list, so a command added later is checked too.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    /// <summary>Every command path: "chat", "kb", "kb ingest", ...</summary>
    public static TheoryData<string> EveryCommand() => [.. Paths(AdminCommands.Commands(), "")];

    /// <summary>Commands that do the work (no subcommands below them).</summary>
    public static TheoryData<string> EveryLeaf() => [.. Paths(AdminCommands.Commands(), "", leavesOnly: true)];

    /// <summary>Commands that only group others (kb, nlu, manifest, proactive).</summary>
    public static TheoryData<string> EveryGroup() => [.. Paths(AdminCommands.Commands(), "").Except(Paths(AdminCommands.Commands(), "", leavesOnly: true))];

    [Fact]
    public void TheWalkFindsTheCommandsOfTheIssue()
    {
        // Guards the walk itself: an empty list would let every theory below pass on nothing.
        var paths = Paths(AdminCommands.Commands(), "").ToList();
        foreach (var expected in new[] { "chat", "seed", "kpi", "import", "manifest pack", "kb ingest", "kb ask", "kb explain", "kb eval",
                     "nlu parse", "nlu eval", "nlu cv", "proactive schedule", "proactive cancel", "proactive status", "scenarios" })
            Assert.Contains(expected, paths);
    }

    [Fact]
    public Task TheCommandListPrintsItsUsage() => HelpPrintsTheUsage("");

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task HelpPrintsTheUsage(string path)
    {
        string[] args = [.. Split(path), "--help"];
        Assert.True(AdminCommands.IsCommand(args));
        using var console = new ConsoleCapture();
        Assert.Equal(0, await AdminCommands.RunAsync(args));
        var help = console.Out.ToString();
        // The usage is this command's, not its parent's or the root's ("Usage:\n  SalesCoachBot kb ingest <FILE>...").
        Assert.Matches(path.Length == 0 ? @"Usage:\s+\S+ \[command\]" : $@"Usage:\s+\S+ {System.Text.RegularExpressions.Regex.Escape(path)}\b", help);
        Assert.Equal(string.Empty, console.Error.ToString());
    }

    [Theory]
    [MemberData(nameof(EveryLeaf))]
    public Task AnUnknownOptionIsRefused(string path) =>
        ExitsTwoWithOneLine([.. Split(path), "--no-such-option"], "'--no-such-option'");

    [Theory]
    [MemberData(nameof(EveryGroup))]
    public async Task AGroupNamesItsSubcommands(string path)
    {
        var names = AdminCommands.Commands().First(c => c.Name == Split(path)[0]).Subcommands.Select(c => c.Name).ToList();
        await ExitsTwoWithOneLine(Split(path), $"needs a subcommand: {string.Join(", ", names)}");
        await ExitsTwoWithOneLine([.. Split(path), "frobnicate"], $"unknown subcommand 'frobnicate' of {path}");
    }

    [Theory]
    [InlineData("--preset", "import", "x.csv", "--entity", "users")]          // --preset missing
    [InlineData("'--bogus'", "seed", "--bogus")]                              // not an option of seed
    [InlineData("'QUESTION'", "kpi")]                                         // no question
    [InlineData("'fr-FR'", "chat", "--locale", "fr-FR")]                      // not a language we speak
    [InlineData("--app-id is required", "manifest", "pack", "--out", "app.zip")]
    [InlineData("'--user'", "kpi", "本月销售额", "--user")]                    // --user without its value
    [InlineData("unknown command 'no-such-command'", "no-such-command")]
    [InlineData("--predictions is required", "kb", "eval", "q.jsonl")]
    [InlineData("'zz-ZZ'", "kb", "ask", "q", "--locale", "zz-ZZ")]
    [InlineData("--predictions is required", "nlu", "eval", "u.jsonl")]
    [InlineData("--now 'yesterday' is not an ISO 8601", "nlu", "parse", "hi", "--now", "yesterday")]
    [InlineData("unknown time zone 'Mars/Base'", "nlu", "parse", "hi", "--timezone", "Mars/Base")]
    [InlineData("--folds must be a whole number from 2 to 20", "nlu", "cv", "--folds", "1")]
    [InlineData("--channel is required", "proactive", "schedule", "--key", "k")]
    [InlineData("--due 'soon' is neither", "proactive", "schedule", "--key", "k", "--channel", "c", "--user", "u", "--due", "soon", "--kind", "test")]
    [InlineData("--occurrence is required", "proactive", "status")]
    [InlineData("--now must be an ISO-8601 instant", "scenarios", "x", "--now", "never")]
    [InlineData("no scenario file or folder at", "scenarios", "/no/such/folder")]
    [InlineData("'--X=1'", "kpi", "--X=1")]                                   // an override where the question belongs
    public Task BadArgumentsExitTwoWithOneLine(string reason, params string[] args) => ExitsTwoWithOneLine(args, reason);

    private static async Task ExitsTwoWithOneLine(string[] args, string reason)
    {
        using var console = new ConsoleCapture();
        Assert.Equal(2, await AdminCommands.RunAsync(args));
        var error = console.Error.ToString().Trim();
        Assert.StartsWith("error: ", error);
        Assert.Contains(reason, error);
        Assert.Single(error.Split('\n'));
        Assert.Equal(string.Empty, console.Out.ToString());
    }

    private static IEnumerable<string> Paths(IEnumerable<Command> commands, string parent, bool leavesOnly = false)
    {
        foreach (var command in commands)
        {
            var path = (parent + " " + command.Name).Trim();
            if (!leavesOnly || command.Subcommands.Count == 0) yield return path;
            foreach (var below in Paths(command.Subcommands, path, leavesOnly)) yield return below;
        }
    }

    private static string[] Split(string path) => path.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
