using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs.References;

/// <summary>Keeps the conversation context after each turn: the topic, the list the replies showed and what they were about.</summary>
public static class ConversationMemory
{
    public static void Remember(ConversationContext context, IEnumerable<Reply> replies, string? intent, string request)
    {
        // Age only what is remembered, and forget it once it is too old: a turn that changes nothing (help, a
        // greeting in a conversation with nothing shown) then leaves the state as it was, so the host writes nothing.
        if (context.Shown is not null || context.Focus is not null) context.Turn++;
        if (context.RecentList is null) context.Shown = null;
        if (context.RecentFocus is null) context.Focus = null;
        var before = (Focus: context.RecentFocus, List: context.RecentList);
        var said = replies.ToList();
        var shown = said.LastOrDefault(r => r.Shown is { Items.Count: > 0 })?.Shown;
        var focus = said.LastOrDefault(r => r.Focus is not null)?.Focus;
        var isTask = intent is not null && Intents.All.Contains(intent) && intent is not (Intents.None or Intents.Help or Intents.Greeting
            or Intents.Cancel or Intents.LanguageSwitch or Intents.Affirm or Intents.Deny or Intents.OutOfScope);
        if (shown is not null)
        {
            shown.Request ??= request;
            context.Shown = shown;
            context.ShownTurn = context.Turn;
        }
        if (focus is not null)
        {
            context.Focus = focus;
            context.FocusTurn = context.Turn;
        }
        // A new list or another task's answer: "it" no longer means the old focus.
        else if (shown is not null || isTask) context.Focus = null;
        if (shown is null && focus is not null) Accumulate(context, before.Focus, before.List, focus);
        if (isTask) context.Topic = intent;
        if (intent == Intents.Cancel) context.Topic = null;
    }

    /// <summary>
    /// Reminders made one after another ("remind me to call Zhonghe tmrw 11am", "and tmrw 4pm, callback to Tiancheng")
    /// are a list of their own, for "cancel both" or "the friday one": each new one joins those of its kind made just
    /// before. Such a list has no request to ask again ("list those again" would make them again). Named things (people,
    /// teams) are not made, and the digest is one of a kind.
    /// </summary>
    private static void Accumulate(ConversationContext context, Referent? previous, ShownList? list, Referent focus)
    {
        if (previous is null || previous.Kind != focus.Kind || previous.Id == focus.Id || ReferentKinds.IsNamed(focus.Kind) || ReferentKinds.IsOnly(focus.Kind)) return;
        var made = list is { Request: null } earlier && earlier.Items.All(i => i.Kind == focus.Kind) && earlier.Items.Any(i => i.Id == previous.Id)
            ? earlier.Items.Where(i => i.Id != focus.Id).ToList()
            : [previous];
        context.Shown = ShownList.Of([.. made, focus]);
        context.ShownTurn = context.Turn;
    }
}
