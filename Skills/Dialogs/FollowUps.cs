using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>Follow-ups that lean on the previous answer instead of restating it.</summary>
internal static class FollowUps
{
    /// <summary>"那华北呢", "再看看订单量", "what about last month?": words (Resources/references.json) that say the message follows the last answer.</summary>
    internal static bool HasFollowUpWords(string text)
    {
        var words = References.ReferenceWords.Current;
        var t = text.Trim().ToLowerInvariant().TrimEnd('?', '？', '。', '.', '!', '！', ' ');
        return words.FollowUpStarts.Any(w => t.StartsWith(w, StringComparison.Ordinal))
            || words.FollowUpEnds.Any(w => t.EndsWith(w, StringComparison.Ordinal))
            || words.FollowUp.Any(w => PhraseMatcher.IndexOf(t, w) >= 0);
    }

    /// <summary>
    /// A message with no clear intent of its own (or the same intent) whose entities all fit the last
    /// answered query ("那上个月呢?" after a revenue figure) re-runs that query with those slots replaced.
    /// </summary>
    public static (DialogFrame Frame, FormDefinition Form)? Find(SkillCatalogue forms, CoachConversationState state, DialogInput input)
    {
        var nlu = input.Nlu;
        if (state.LastCompleted is not { } last || forms.Form(last.FormName) is not { AllowsFollowUps: true } form) return null;
        var entities = form.EntitiesOf(input);
        // "no, change it to 450": a correction that is only a value is the answer to the form's free-text slot (the target).
        if (entities.Count == 0 && input.IsCorrection && form.Slots.FirstOrDefault(s => s.FromText) is { } free)
            entities = [new EntitySpan(free.Entity, input.Text, 0, input.Text.Length, input.Text)];
        if (entities.Count == 0 || !entities.All(e => form.Slots.Any(s => s.Entity == e.Name))) return null;
        // A correction ("搞错了，应该是订单量") revises the last request whatever its words alone suggest.
        var unclear = input.IsCorrection || !nlu.IsConfident || nlu.Intent == Intents.None || !forms.Handles(nlu.Intent);
        if (!unclear && nlu.Intent != form.Name) return null;
        // A clear, complete question of the same kind ("张伟的客户满意度", "top 5 reps by revenue this quarter")
        // is a new question, not a variation of the last: it names two or more things and carries no
        // follow-up word. "那上个月呢?", "环比涨了多少?" and "what about orders?" name one, or say they follow.
        if (!unclear && entities.Count >= 2 && !HasFollowUpWords(input.Text)) return null;
        // The new values replace the old ones of their kind; the other slots are carried over.
        var carried = new DialogFrame { FormName = last.FormName, Locale = last.Locale };
        // The bare value is read as the free-text slot's answer once the frame runs (with its validator).
        if (input.IsCorrection && form.EntitiesOf(input).Count == 0) carried.PendingSlot = form.Slots.FirstOrDefault(s => s.FromText)?.Name;
        foreach (var slot in form.Slots)
            if (slot.CarriedOver && last.Slots.TryGetValue(slot.Name, out var value) && entities.All(e => e.Name != slot.Entity))
                carried.Slots[slot.Name] = value;
        return (carried, form);
    }
}
