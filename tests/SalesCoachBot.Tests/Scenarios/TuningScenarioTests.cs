using SalesCoach.Bot.Scenarios;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Scenarios;

/// <summary>
/// Every conversation of the tuning set (tests/data/conversations/tuning) is one test: each turn's
/// checks must hold against the real bot on the demo company. The blind set is measured, not asserted
/// per conversation (see BlindScenarioTests).
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class TuningScenarioTests(ScenarioHostFixture fixture)
{
    public static string Folder => RepositoryPaths.InRepository("tests", "data", "conversations", "tuning");

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in ScenarioLoader.Load(Folder).Where(s => s.Open is null)) data.Add(scenario.Id);
        return data;
    }

    [Fact]
    public void Most_tuning_conversations_are_asserted_and_each_open_one_says_why()
    {
        var all = ScenarioLoader.Load(Folder);
        Assert.All(all.Where(s => s.Open is not null), s => Assert.True(s.Open!.Trim().Length >= 10, $"{s.Id}: say why it is open"));
        Assert.True(all.Count(s => s.Open is null) * 2 > all.Count, "more than half of the tuning conversations must pass and be asserted");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Conversation_goes_right_from_start_to_finish(string id)
    {
        var scenario = ScenarioLoader.Load(Folder).Single(s => s.Id == id);
        var result = await new ScenarioRunner(fixture.Host).RunAsync(scenario);
        var report = string.Join("\n", result.Turns.Where(t => !t.Passed)
            .Select(t => $"turn {t.Number} '{t.Turn.User}' → {t.Answer.Trace?.Intent}: {string.Join("; ", t.Failures)}\n  answer: {t.Answer.Text}"));
        Assert.True(result.Passed, $"{id} ({Path.GetFileName(scenario.Source)}) failed:\n{result.Error}{report}");
    }
}
