using SalesCoach.Bot.Commands;
using SalesCoach.Tests.Manifest;

namespace SalesCoach.Tests.Commands;

/// <summary>Every admin command and subcommand prints its usage with --help; bad arguments exit 2 with one line that says why.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("chat", "--help")]
    [InlineData("seed", "--help")]
    [InlineData("kpi", "--help")]
    [InlineData("import", "--help")]
    [InlineData("manifest", "--help")]
    [InlineData("manifest", "pack", "--help")]
    [InlineData("kb", "--help")]
    [InlineData("kb", "ingest", "--help")]
    [InlineData("kb", "ask", "--help")]
    [InlineData("kb", "eval", "--help")]
    [InlineData("nlu", "parse", "--help")]
    [InlineData("nlu", "eval", "--help")]
    [InlineData("proactive", "schedule", "--help")]
    [InlineData("proactive", "cancel", "--help")]
    [InlineData("proactive", "status", "--help")]
    public async Task HelpPrintsTheUsage(params string[] args)
    {
        Assert.True(AdminCommands.IsCommand(args));
        using var console = new ConsoleCapture();
        Assert.Equal(0, await AdminCommands.RunAsync(args));
        var help = console.Out.ToString();
        Assert.Contains("Usage:", help);
        // The command's own options are listed, not only the generic ones.
        var command = args.TakeWhile(a => a != "--help").LastOrDefault();
        if (command is not null) Assert.Contains(command, help);
        Assert.Equal(string.Empty, console.Error.ToString());
    }

    [Theory]
    [InlineData("import", "x.csv", "--entity", "users")]          // --preset missing
    [InlineData("seed", "--bogus")]                                 // not an option of seed
    [InlineData("kpi")]                                             // no question
    [InlineData("chat", "--locale", "fr-FR")]                       // not a language we speak
    [InlineData("manifest", "pack", "--out", "app.zip")]            // --app-id missing
    [InlineData("kpi", "本月销售额", "--user")]                      // --user without its value
    [InlineData("no-such-command")]
    public async Task BadArgumentsExitTwoWithOneLine(params string[] args)
    {
        using var console = new ConsoleCapture();
        Assert.Equal(2, await AdminCommands.RunAsync(args));
        var error = console.Error.ToString().Trim();
        Assert.StartsWith("error: ", error);
        Assert.Single(error.Split('\n'));
        Assert.Equal(string.Empty, console.Out.ToString());
    }
}
