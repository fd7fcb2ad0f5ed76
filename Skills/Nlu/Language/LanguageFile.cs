namespace SalesCoach.Skills.Nlu.Language;

/// <summary>One locale's language file (Skills/Nlu/Data/LOCALE.yml) as written: intents and entity synonyms.</summary>
public sealed class LanguageFile
{
    public string Locale { get; set; } = "";

    public Dictionary<string, IntentEntry> Intents { get; set; } = [];

    /// <summary>Entity kind (metric, rating, period, language) -> canonical value -> the phrases that mean it.</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Entities { get; set; } = [];
}
