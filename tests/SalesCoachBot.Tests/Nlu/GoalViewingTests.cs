using SalesCoach.Skills.Nlu;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

/// <summary>
/// Asking to see goals (no metric, no value, no setting verb) is goal_progress, and changing one is
/// goal_set: what a goals-only wrapper used to patch, now learnt by the classifier. Sentences written for
/// this test, none of them a training example.
/// </summary>
public sealed class GoalViewingTests
{
    [Theory]
    [InlineData("我组的目标都有哪些", Intents.GoalProgress)]
    [InlineData("看一下咱们团队的目标", Intents.GoalProgress)]
    [InlineData("目标的改动记录给我看看", Intents.GoalProgress)]
    [InlineData("show the team's targets", Intents.GoalProgress)]
    [InlineData("list our goals please", Intents.GoalProgress)]
    [InlineData("把目标调整一下", Intents.GoalSet)]
    [InlineData("set a new target for my team", Intents.GoalSet)]
    public void ReadsGoalRequests(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent);
}
