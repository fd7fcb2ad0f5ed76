using SalesCoach.Bot.Scenarios;
using SalesCoach.Skills.Conversation;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Scenarios;

public sealed class ScenarioFormatTests
{
    private static string Write(string yaml)
    {
        var path = Path.Combine(TempDirectory.Create("scenario-format"), "s.yml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_misspelt_check_is_refused_with_the_file_named()
    {
        var path = Write("conversations:\n  - id: x\n    lang: zh\n    turns:\n      - user: 你好\n        hass: [你好]\n");
        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(path));
        Assert.Contains("s.yml", ex.Message);
    }

    [Fact]
    public void A_language_other_than_zh_or_en_is_refused()
    {
        var path = Write("conversations:\n  - id: x\n    lang: fr\n    turns:\n      - user: salut\n");
        Assert.Contains("lang", Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(path)).Message);
    }

    [Fact]
    public void Every_scenario_file_in_the_repository_reads_and_ids_are_unique()
    {
        var all = ScenarioLoader.Load(RepositoryPaths.InRepository("tests", "data", "conversations"));
        Assert.NotEmpty(all);
        Assert.All(all, s => Assert.NotEmpty(s.Kinds));
    }

    [Fact]
    public void Checks_report_each_failure_and_accept_alternatives()
    {
        var turn = new ScenarioTurn { User = "本月销售额", Intent = "kpi_query", Has = ["华北 | 华东", "万"], Lacks = ["找不到"], ReplyLang = "zh" };
        var good = Answer("华东 本月销售额 ¥120万，比上月多 5%", "kpi_query");
        Assert.Empty(ScenarioChecks.Check(turn, good));

        var bad = Answer("I couldn't find that. 找不到", "help");
        var failures = ScenarioChecks.Check(turn, bad);
        Assert.Contains(failures, f => f.StartsWith("intent help"));
        Assert.Contains(failures, f => f.Contains("华北 | 华东"));
        Assert.Contains(failures, f => f.Contains("找不到"));
        Assert.Contains(failures, f => f.Contains("mostly en"));
    }

    private static ScenarioAnswer Answer(string text, string intent) =>
        new([new Microsoft.Bot.Schema.Activity { Type = "message", Text = text }], TurnTrace.Of(intent), 200);
}
