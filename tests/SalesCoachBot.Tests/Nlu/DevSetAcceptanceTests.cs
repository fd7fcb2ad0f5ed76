using SalesCoach.Skills.Nlu;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Nlu;

/// <summary>
/// The acceptance bar (intent accuracy >= 0.95, entity F1 >= 0.90) on the shared dev set and on
/// the project's extra development sets, so a rule change that helps one set and breaks another fails.
/// The measure-only set (tests/data/nlu/utterances.heldout3.jsonl) is deliberately not asserted here.
/// </summary>
public sealed class DevSetAcceptanceTests
{
    [SharedFact(SharedFiles.NluDevSet)]
    public void TheSharedDevSetMeetsTheAcceptanceBar() =>
        MeetsTheAcceptanceBar(RepositoryPaths.InShared(SharedFiles.NluDevSet.Split('/')), 140);

    [Theory]
    [InlineData("utterances.train2.jsonl", 120)]
    [InlineData("utterances.extra.jsonl", 90)]
    [InlineData("utterances.train3.jsonl", 150)]
    [InlineData("utterances.entities-en.tuning.jsonl", 107)]
    public void TheSetMeetsTheAcceptanceBar(string file, int lines) =>
        MeetsTheAcceptanceBar(RepositoryPaths.InRepository("tests", "data", "nlu", file), lines);

    private static void MeetsTheAcceptanceBar(string path, int lines)
    {
        var utterances = UtteranceFile.Read(path);
        var evaluation = new NluEvaluation();
        foreach (var u in utterances)
        {
            var result = NluTestContext.Recognizer.Recognize(u.Text, NluTestContext.Zh);
            evaluation.Add(u, result.Intent, PredictionEntities.From(result));
        }
        Assert.Equal(lines, evaluation.Count);
        Assert.True(evaluation.IntentAccuracy >= 0.95, $"intent accuracy {evaluation.IntentAccuracy:0.000}");
        Assert.True(evaluation.EntityF1 >= 0.90, $"entity F1 {evaluation.EntityF1:0.000}");
    }
}
