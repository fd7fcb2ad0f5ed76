using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs.References;

/// <summary>Keeps the conversation context after each turn: the topic, the list the replies showed and what they were about.</summary>
public static class ConversationMemory
{
    public static void Remember(ConversationContext context, IEnumerable<Reply> replies, string? intent, string request)
    {
        context.Turn++;
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
        if (isTask) context.Topic = intent;
        if (intent == Intents.Cancel) context.Topic = null;
    }
}
