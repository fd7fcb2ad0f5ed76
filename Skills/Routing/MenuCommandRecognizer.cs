using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// The titles of the bot's Teams command menu, from the language files' "menu" entries. Picking a command
/// sends its bare title ("kpi", "指标"), which carries too little for the classifier, so these exact titles
/// map straight to their skill. ManifestCommandsTests keeps them in step with manifest/.
/// </summary>
public static class MenuCommandRecognizer
{
    /// <summary>The intent of a menu command title, or null for anything else.</summary>
    public static string? Recognize(string text)
    {
        var said = CoreCommandRecognizer.Normalize(text);
        return LanguageData.Current.Files
            .SelectMany(f => LanguageData.Current.Menu(f.Locale))
            .Where(m => CoreCommandRecognizer.Normalize(m.Entry.Title) == said)
            .Select(m => m.Intent)
            .FirstOrDefault();
    }
}
