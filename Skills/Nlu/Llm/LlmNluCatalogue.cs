using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>
/// What the model is told each intent and entity means: the intents' descriptions and a few examples come
/// from the language files (the same data the offline classifier learns from); a test checks every intent is described.
/// </summary>
internal static class LlmNluCatalogue
{
    /// <summary>Examples per intent and locale in the prompt: enough to show the register, short enough to keep the prompt small.</summary>
    private const int ExamplesPerLocale = 2;

    public static readonly IReadOnlyDictionary<string, string> IntentDefinitions = Intents.All.ToDictionary(i => i, Describe);

    public static readonly IReadOnlyDictionary<string, string> EntityDefinitions = new Dictionary<string, string>
    {
        [EntityNames.Metric] = "a sales metric as typed; the catalogue is "
            + string.Join(", ", LanguageData.Current.Synonyms("metric").Select(s => s.Value).Distinct())
            + " (e.g. " + string.Join(", ", LanguageData.Current.Synonyms("metric").Where(s => !s.Phrase.Contains('(')).Select(s => s.Phrase).Take(4))
            + ", conversion rate)",
        [EntityNames.Period] = "a time range in a goal, KPI question, risk check or training request (本月, 上个季度, 年底前, this quater, Q3)",
        [EntityNames.DateTime] = "a point in time for a reminder or digest setting (下周三下午三点, tomorrow 9am, every day at 8)",
        [EntityNames.Person] = "one of our own reps or team members (张伟, 李娜, Sarah)",
        [EntityNames.Customer] = "a customer company or a contact at a customer (张总, 王总, Mr. Wang, Globex)",
        [EntityNames.Value] = "a target amount as typed, with its unit or currency (200万, $250k, 800单, 95%)",
    };

    public static readonly IReadOnlyList<string> EntityNamesAll = [.. EntityDefinitions.Keys];

    /// <summary>The intents the model may answer: ours plus "none" for "nothing fits".</summary>
    public static readonly IReadOnlyList<string> IntentNamesAll = [.. Intents.All, Intents.None];

    /// <summary>"English description (中文说明); e.g. "…", "…"": both files' descriptions, then a few of their examples.</summary>
    private static string Describe(string intent)
    {
        var data = LanguageData.Current;
        var descriptions = data.Files.Select(f => f.Intents.GetValueOrDefault(intent)?.Description).OfType<string>().Where(d => d.Length > 0).Distinct().ToList();
        var examples = data.Files.SelectMany(f => (f.Intents.GetValueOrDefault(intent)?.Examples ?? []).Take(ExamplesPerLocale)).ToList();
        var text = descriptions.Count == 0 ? intent : descriptions[0] + (descriptions.Count > 1 ? " (" + string.Join("; ", descriptions.Skip(1)) + ")" : "");
        return examples.Count == 0 ? text : text + "; e.g. " + string.Join(", ", examples.Select(e => "\"" + e + "\""));
    }
}
