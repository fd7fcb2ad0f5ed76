using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Dialogs;

/// <summary>How a form speaks: the question for the pending slot, optionally after a one-line recap.</summary>
internal static class FormPrompts
{
    public static Reply Ask(DialogFrame frame, FormDefinition form, string locale, bool withRecap)
    {
        frame.Locale = locale;
        var slot = form.Slot(frame.PendingSlot ?? string.Empty)
            ?? form.Slots.FirstOrDefault(s => !frame.Slots.ContainsKey(s.Name))
            ?? form.Slots[0];
        frame.PendingSlot = slot.Name;
        var question = Strings.Get(locale, slot.QuestionKey);
        var actions = slot.SuggestionKeys?.Select(k => Strings.Get(locale, k)).Select(t => new SuggestedAction(t, t)).ToList();
        // Chinese sentences run on after "。"; English ones need a space.
        var text = withRecap ? Recap(frame, form, locale) + (locale == Locales.Chinese ? string.Empty : " ") + question : question;
        return new Reply(text, null, actions);
    }

    /// <summary>One line: the task and what is known so far, in declared slot order.</summary>
    public static string Recap(DialogFrame frame, FormDefinition form, string locale)
    {
        var title = Strings.Get(locale, form.TitleKey);
        var known = form.Slots.Where(s => frame.Slots.ContainsKey(s.Name)).Select(s => frame.Slots[s.Name].Text).ToList();
        return known.Count == 0
            ? Strings.Get(locale, "dialog.recapEmpty", title)
            : Strings.Get(locale, "dialog.recap", title, string.Join(locale == Locales.Chinese ? "，" : ", ", known));
    }
}
