using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// The clarifying question after an unsure parse, and the reading of the answer to it: the buttons are
/// intents some skill handles, labelled in the user's language, and a tap keeps the original entities.
/// </summary>
internal static class Clarifier
{
    /// <summary>Enough choices to cover a real ambiguity without turning the question into a menu.</summary>
    private const int MaxOptions = 3;

    /// <summary>An unsure parse gets a short question whose buttons are the likely intents, not a guess.</summary>
    public static void Ask(SkillCatalogue forms, TurnScope turn)
    {
        var nlu = turn.Input.Nlu;
        var options = new[] { nlu.Intent }.Concat((nlu.Alternatives ?? []).Select(a => a.Intent))
            .Where(i => forms.Handles(i) && Strings.Has(turn.Locale, LabelKey(i)))
            .Distinct()
            .Take(MaxOptions)
            .ToList();
        if (options.Count == 0)
        {
            turn.Say(CoreReplies.NotUnderstood(turn.Locale, turn.Input.Text));
            return;
        }
        turn.State.Clarification = new DialogClarification { Text = turn.Input.Text, Intents = options, Entities = nlu.Entities.Select(SlotValue.From).ToList() };
        var actions = options.Select(i => Strings.Get(turn.Locale, LabelKey(i))).Select(t => new SuggestedAction(t, t))
            .Append(new SuggestedAction(Strings.Get(turn.Locale, "suggest.help"), Strings.Get(turn.Locale, "suggest.help")))
            .ToList();
        turn.Say(new Reply(Strings.Get(turn.Locale, "dialog.clarify", CoreReplies.Shorten(turn.Input.Text)), null, actions));
    }

    /// <summary>A tap on one of last turn's clarifying buttons means the original message, now with that intent.</summary>
    public static DialogInput? Chosen(DialogInput input, CoachConversationState state)
    {
        if (state.Clarification is not { } asked) return null;
        var said = CoreCommandRecognizer.Normalize(input.Text);
        var chosen = asked.Intents.FirstOrDefault(i =>
            new[] { Locales.Chinese, Locales.English }.Any(l => CoreCommandRecognizer.Normalize(Strings.Get(l, LabelKey(i))) == said));
        return chosen is null ? null : input with { Text = asked.Text, Nlu = new NluResult(chosen, 1.0, asked.Entities.Select(e => e.ToSpan()).ToList(), true) };
    }

    private static string LabelKey(string intent) => "intent." + intent;
}
