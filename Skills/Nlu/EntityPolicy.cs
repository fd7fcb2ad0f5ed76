using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Which entities an intent carries, following the labelling conventions: times are moments for
/// reminders and digest settings and periods elsewhere; knowledge questions may name a metric
/// but no figure or person; the small talk intents carry nothing.
/// </summary>
public static class EntityPolicy
{
    private static readonly Regex VagueRecency = new("^(最近|近期|近来|recently|lately)$", PhrasePattern.Options);

    public static bool TimeIsMoment(string intent) =>
        intent is Intents.ReminderCreate or Intents.ReminderList or Intents.ReminderCancel or Intents.DigestSettings;

    // A knowledge question keeps the metric it is about ("怎么提高客户满意度" is about csat), though no figure or person.
    public static bool HasMetrics(string intent) =>
        intent is Intents.GoalSet or Intents.GoalProgress or Intents.KpiQuery or Intents.TrainingSuggest or Intents.RiskCheck or Intents.KbQuestion
            or Intents.Affirm or Intents.Deny;

    // A yes or no may carry the correction itself ("不对，应该是订单量", "no, make it 40").
    public static bool HasValues(string intent) =>
        intent is Intents.GoalSet or Intents.GoalProgress or Intents.KpiQuery or Intents.TrainingSuggest or Intents.RiskCheck
            or Intents.Affirm or Intents.Deny;

    public static bool HasNamesAndTimes(string intent) =>
        intent is not (Intents.Help or Intents.Cancel or Intents.Greeting or Intents.LanguageSwitch or Intents.KbQuestion or Intents.OutOfScope or Intents.None);

    /// <summary>"最近" asks about a trend for a figure; for a training need it only says "lately" and scopes nothing.</summary>
    public static bool KeepsTime(string intent, string foldedSpan) =>
        !(intent == Intents.TrainingSuggest && VagueRecency.IsMatch(foldedSpan));
}
