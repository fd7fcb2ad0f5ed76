using System.Text;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// Recognises the always-available commands (help, cancel, greeting, language switch) as whole messages,
/// from the commands the language files list. Exact matching on purpose: "cancel my reminder for Globex"
/// is a skill request, not an interruption, and must reach the intent router.
/// </summary>
public static class CoreCommandRecognizer
{
    public static CoreCommand Recognize(string text) => LanguageData.Current.Command(text) switch
    {
        Intents.Help => CoreCommand.Help,
        Intents.Cancel => CoreCommand.Cancel,
        Intents.Greeting => CoreCommand.Greeting,
        Intents.LanguageSwitch => LanguageNamed(text) == "en-US" ? CoreCommand.SwitchToEnglish : CoreCommand.SwitchToChinese,
        _ => CoreCommand.None,
    };

    /// <summary>The intent an exact core phrase stands for, or null: the one mapping from commands to intents.</summary>
    public static string? RecognizeIntent(string text) => Recognize(text) switch
    {
        CoreCommand.Help => Intents.Help,
        CoreCommand.Cancel => Intents.Cancel,
        CoreCommand.Greeting => Intents.Greeting,
        CoreCommand.SwitchToChinese or CoreCommand.SwitchToEnglish => Intents.LanguageSwitch,
        _ => null,
    };

    /// <summary>The locale whose name (the language files' "language" synonyms) the text mentions, or null.</summary>
    public static string? LanguageNamed(string text)
    {
        var folded = Normalize(text);
        return LanguageData.Current.Synonyms("language")
            .Where(s => folded.Contains(s.Phrase, StringComparison.Ordinal))
            .OrderByDescending(s => s.Phrase.Length)
            .Select(s => s.Value)
            .FirstOrDefault();
    }

    /// <summary>Lower case, full-width folded (NFKC), trimmed of spaces and closing punctuation.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
        folded = folded.TrimEnd('!', '.', '。', '！', ',', '，', '~', ' ');
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
