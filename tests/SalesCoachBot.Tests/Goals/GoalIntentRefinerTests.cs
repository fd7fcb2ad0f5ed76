using SalesCoach.Skills.Goals;
using SalesCoach.Skills.Nlu;
using SalesCoach.Tests.Infrastructure;
using SalesCoach.Tests.Nlu;

namespace SalesCoach.Tests.Goals;

/// <summary>The refiner turns "show me goals" into goal_progress and leaves everything else alone, measured on the labelled sets.</summary>
public sealed class GoalIntentRefinerTests
{
    private static readonly GoalIntentRefiner Refiner = new(NluTestContext.Recognizer);

    [Theory]
    [InlineData("my goals", Intents.GoalProgress)]
    [InlineData("show my goals", Intents.GoalProgress)]
    [InlineData("team goals", Intents.GoalProgress)]
    [InlineData("团队目标", Intents.GoalProgress)]
    [InlineData("我们团队的目标", Intents.GoalProgress)]
    [InlineData("我的目标修改记录", Intents.GoalProgress)]
    [InlineData("修改目标", Intents.GoalSet)]
    [InlineData("设定目标：本月销售额2000元", Intents.GoalSet)]
    [InlineData("set a goal for our team", Intents.GoalSet)]
    public async Task ReadsGoalRequests(string text, string intent) =>
        Assert.Equal(intent, (await Refiner.RecognizeAsync(text, NluTestContext.Zh)).Intent);

    [Theory]
    [InlineData("shared/eval/utterances.dev.jsonl")]
    [InlineData("tests/data/nlu/utterances.train2.jsonl")]
    [InlineData("tests/data/nlu/utterances.extra.jsonl")]
    [InlineData("tests/data/nlu/utterances.train3.jsonl")]
    public async Task NoLabelledUtteranceIsMadeWorse(string path)
    {
        var file = path.StartsWith("shared/", StringComparison.Ordinal)
            ? RepositoryPaths.InShared(path["shared/".Length..].Split('/'))
            : RepositoryPaths.InRepository(path.Split('/'));
        foreach (var u in UtteranceFile.Read(file))
        {
            var before = NluTestContext.Recognizer.Recognize(u.Text, NluTestContext.Zh).Intent;
            var after = (await Refiner.RecognizeAsync(u.Text, NluTestContext.Zh)).Intent;
            Assert.True(before != u.Intent || after == u.Intent, $"{u.Text}: {before} -> {after}, labelled {u.Intent}");
        }
    }
}
