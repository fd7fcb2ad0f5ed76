using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Nlu;

/// <summary>The acceptance bar on the shared dev set: intent accuracy >= 0.95, entity F1 >= 0.90.</summary>
public sealed class DevSetAcceptanceTests
{
    [Fact]
    public void TheDevSetMeetsTheAcceptanceBar()
    {
        var utterances = UtteranceFile.Read(DevSetPath());
        var evaluation = new NluEvaluation();
        foreach (var u in utterances)
        {
            var result = NluTestContext.Recognizer.Recognize(u.Text, NluTestContext.Zh);
            evaluation.Add(u, result.Intent, PredictionEntities.From(result));
        }
        Assert.Equal(140, evaluation.Count);
        Assert.True(evaluation.IntentAccuracy >= 0.95, $"intent accuracy {evaluation.IntentAccuracy:0.000}");
        Assert.True(evaluation.EntityF1 >= 0.90, $"entity F1 {evaluation.EntityF1:0.000}");
    }

    private static string DevSetPath()
    {
        // The repo root holds SalesCoachBot.sln; the shared folder sits beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SalesCoachBot.sln")))
                return Path.Combine(dir.Parent!.FullName, "shared", "eval", "utterances.dev.jsonl");
        throw new InvalidOperationException("SalesCoachBot.sln not found above the test assembly");
    }
}
