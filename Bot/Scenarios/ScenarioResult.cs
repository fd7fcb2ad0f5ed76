namespace SalesCoach.Bot.Scenarios;

public sealed record TurnResult(int Number, ScenarioTurn Turn, ScenarioAnswer Answer, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}

public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<TurnResult> Turns, string? Error = null)
{
    /// <summary>A conversation passes only when every turn passes.</summary>
    public bool Passed => Error is null && Turns.Count == Scenario.Turns.Count && Turns.All(t => t.Passed);
}

/// <summary>Totals over a run: conversations and turns, per language and per kind.</summary>
public sealed record ScenarioSummary(IReadOnlyList<ScenarioResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);

    public string Line()
    {
        string Rate(IEnumerable<ScenarioResult> rs)
        {
            var list = rs.ToList();
            return $"{list.Count(r => r.Passed)}/{list.Count}";
        }
        var turns = Results.SelectMany(r => r.Turns).ToList();
        var pct = Results.Count == 0 ? 0 : 100.0 * Passed / Results.Count;
        return $"scenarios: {Passed}/{Results.Count} conversations passed ({pct:0.0}%); zh {Rate(Results.Where(r => r.Scenario.Lang == "zh"))}, "
            + $"en {Rate(Results.Where(r => r.Scenario.Lang == "en"))}; turns {turns.Count(t => t.Passed)}/{turns.Count}";
    }

    /// <summary>Per kind and language: passed/total, e.g. "reference zh 3/4 en 2/3".</summary>
    public IEnumerable<string> KindLines() =>
        Results.SelectMany(r => r.Scenario.Kinds.Select(k => (Kind: k, r)))
            .GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                string Of(string lang) => $"{g.Count(x => x.r.Scenario.Lang == lang && x.r.Passed)}/{g.Count(x => x.r.Scenario.Lang == lang)}";
                return $"  {g.Key,-14} zh {Of("zh"),-6} en {Of("en")}";
            });
}
