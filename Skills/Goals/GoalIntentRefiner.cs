using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// Sits on top of the recogniser: "my goals", "团队目标", "我们团队的目标", "goal history" name goals without
/// setting one, yet the lexicon scores them as goal_set (or, with a history word, as anything). With no metric, no value and no setting verb, such a
/// message asks to see goals: goal_progress. Everything else passes through unchanged.
/// </summary>
public sealed partial class GoalIntentRefiner(IIntentRecognizer inner) : IIntentRecognizer
{
    [GeneratedRegex(@"目标|\bgoals?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalWord();

    [GeneratedRegex(@"设|定|新|搞|弄|立|来个|添加|修改|改|调整|更新|\b(?:set|create|add|new|change|update|edit|make)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettingVerb();

    [GeneratedRegex(@"历史|修改记录|变更记录|改动记录|\b(?:history|changes|revisions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HistoryWord();

    public async Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken = default)
    {
        var result = await inner.RecognizeAsync(text, context, cancellationToken);
        var history = GoalWord().IsMatch(text) && HistoryWord().IsMatch(text);
        if ((result.Intent != Intents.GoalSet && !history) || context.ExpectedEntity is not null) return result;
        if (result.Entities.Any(e => e.Name is EntityNames.Metric or EntityNames.Value or EntityNames.Period or EntityNames.DateTime)) return result;
        // "目标修改记录" names a change but asks to see the record of it.
        if (!history && (!GoalWord().IsMatch(text) || SettingVerb().IsMatch(text))) return result;
        return result with { Intent = Intents.GoalProgress, Confidence = Math.Max(result.Confidence, 0.6), IsConfident = true };
    }
}
