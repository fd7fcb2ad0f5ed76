using System.Collections.Frozen;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// The titles of the bot's Teams command menu (manifest/manifest.json and manifest/zh-cn.json). Picking
/// a command sends its bare title ("kpi", "指标"), which carries too little for the weighted recogniser,
/// so these exact titles map straight to their skill. ManifestCommandsTests keeps the two in step.
/// </summary>
public static class MenuCommandRecognizer
{
    private static readonly FrozenDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["kpi"] = Intents.KpiQuery, ["指标"] = Intents.KpiQuery,
        ["goal"] = Intents.GoalSet, ["目标"] = Intents.GoalSet,
        ["remind"] = Intents.ReminderCreate, ["提醒"] = Intents.ReminderCreate,
        ["training"] = Intents.TrainingSuggest, ["培训"] = Intents.TrainingSuggest,
        ["risk"] = Intents.RiskCheck, ["风险"] = Intents.RiskCheck,
        ["ask"] = Intents.KbQuestion, ["提问"] = Intents.KbQuestion,
    }.ToFrozenDictionary();

    /// <summary>The intent of a menu command title, or null for anything else.</summary>
    public static string? Recognize(string text) =>
        Titles.TryGetValue(CoreCommandRecognizer.Normalize(text), out var intent) ? intent : null;
}
