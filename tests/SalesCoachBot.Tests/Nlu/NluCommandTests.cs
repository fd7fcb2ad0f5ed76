using SalesCoach.Bot.Commands;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Nlu;

public sealed class NluCommandTests
{
    [Fact]
    public async Task AMissingFileExitsNonZero()
    {
        var ex = Assert.Throws<CommandException>(() => NluCommand.Eval("/nonexistent/u.jsonl", "/tmp/p.jsonl", Context()));
        Assert.Contains("not found", ex.Message);
        Assert.Equal(2, await AdminCommands.RunAsync(["nlu", "eval", "/nonexistent/u.jsonl", "--predictions", "/tmp/p.jsonl"]));
    }

    [Fact]
    public void ABadJsonLineIsReportedWithItsLineNumber()
    {
        var dir = TempDirectory.Create("nlu");
        var file = Path.Combine(dir, "u.jsonl");
        File.WriteAllText(file, "{\"id\":\"a\",\"text\":\"hi\",\"intent\":\"greeting\",\"entities\":{}}\n{not json\n");
        var ex = Assert.Throws<CommandException>(() => NluCommand.Eval(file, Path.Combine(dir, "p.jsonl"), Context()));
        Assert.Contains(":2:", ex.Message);
    }

    [Theory]
    [InlineData("parse", "hi", "--bogus")]
    [InlineData("parse", "hi", "--locale", "fr-FR")]
    [InlineData("eval", "x.jsonl")]
    [InlineData("frobnicate")]
    public async Task BadOptionsExitNonZero(params string[] args) =>
        Assert.NotEqual(0, await AdminCommands.RunAsync(["nlu", .. args]));

    [Fact]
    public async Task EvalWritesOnePredictionLinePerInput()
    {
        var dir = TempDirectory.Create("nlu");
        var file = Path.Combine(dir, "u.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"a\",\"text\":\"上个季度销售额多少\",\"intent\":\"kpi_query\",\"entities\":{\"metric\":\"revenue\",\"period\":\"上个季度\"}}\n");
        var predictions = Path.Combine(dir, "p.jsonl");
        Assert.Equal(0, await AdminCommands.RunAsync(["nlu", "eval", file, "--predictions", predictions, "--now", "2026-11-27T10:00:00+08:00"]));
        var line = Assert.Single(await File.ReadAllLinesAsync(predictions));
        Assert.Contains("\"id\":\"a\"", line);
        Assert.Contains("\"metric\":\"revenue\"", line);
        Assert.Contains("\"period\":\"上个季度\"", line);
    }

    private static SalesCoach.Skills.Nlu.NluContext Context() =>
        new("zh-CN", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));
}
