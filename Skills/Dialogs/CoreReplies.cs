using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Dialogs;

/// <summary>The replies of the always-available commands, shared by the plain path and the dialog engine so both say the same.</summary>
public static class CoreReplies
{
    /// <param name="notes">String keys of extra lines (SkillCatalogue.HelpNotes), such as the demo-mode note.</param>
    public static Reply Help(string locale, IEnumerable<string>? notes = null)
    {
        string[] examples = ["goals", "kpi", "reminders", "training", "risks", "knowledge"];
        // Markdown: paragraphs need a blank line between them, list items one line each.
        var list = string.Join("\n", examples.Select(e => "- " + Strings.Get(locale, $"help.example.{e}")));
        var text = string.Join("\n\n", [$"**{Strings.Get(locale, "help.title")}**", Strings.Get(locale, "help.intro"), list,
            .. (notes ?? []).Select(key => Strings.Get(locale, key)), Strings.Get(locale, "help.commands")]);
        return new Reply(text, null, StarterActions(locale));
    }

    public static Reply Greeting(string locale, string? userName)
    {
        var name = string.IsNullOrWhiteSpace(userName) ? string.Empty : (locale == Locales.Chinese ? "，" : ", ") + userName;
        return new Reply(Strings.Get(locale, "greeting.reply", name), null, StarterActions(locale));
    }

    /// <summary>A request neither the guide nor the data covers: said plainly, with what the bot can do instead.</summary>
    public static Reply OutOfScope(string locale) => new(Strings.Get(locale, "outOfScope.reply"), null, StarterActions(locale));

    public static Reply NotUnderstood(string locale, string text) =>
        new(Strings.Get(locale, "fallback.unsure", Shorten(text)), null, StarterActions(locale));

    /// <summary>A request the recogniser understood but no skill serves yet: say what was understood, honestly.</summary>
    public static Reply NotAvailableYet(string locale, string intent)
    {
        var label = Strings.Has(locale, "intent." + intent) ? Strings.Get(locale, "intent." + intent) : intent;
        if (locale == Locales.English) label = label.ToLowerInvariant();
        return new Reply(Strings.Get(locale, "skill.notAvailable", label), null, StarterActions(locale));
    }

    public static IReadOnlyList<SuggestedAction> StarterActions(string locale) =>
        new[] { "suggest.kpi", "suggest.goal", "suggest.reminder", "suggest.knowledge", "suggest.english" }
            .Select(k => Strings.Get(locale, k))
            .Select(t => new SuggestedAction(t, t))
            .ToList();

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
