using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// Puts a message's entities into a frame's slots. The slot being asked gets the first matching entity;
/// other entities fill empty slots of their kind in declared order; an entity whose kind is already
/// filled everywhere replaces that value (a correction: "改成订单量"). At most one value per slot per message.
/// </summary>
public static class SlotFiller
{
    public static SlotFill Fill(DialogFrame frame, FormDefinition form, IEnumerable<EntitySpan> entities, NluContext context)
    {
        var filled = new List<SlotDefinition>();
        var corrected = new List<SlotDefinition>();
        var refused = new List<(SlotDefinition, string, string)>();
        var taken = new HashSet<string>();
        var pending = form.Slot(frame.PendingSlot ?? string.Empty);

        var ordered = entities.ToList();
        // The answer to the question just asked goes first, wherever it sits in the sentence.
        var answer = pending is null || frame.Slots.ContainsKey(pending.Name) ? -1 : ordered.FindIndex(e => e.Name == pending.Entity);
        if (answer > 0) { var e = ordered[answer]; ordered.RemoveAt(answer); ordered.Insert(0, e); }

        foreach (var entity in ordered)
        {
            var slot = answer >= 0 && taken.Count == 0 && entity.Name == pending!.Entity && !frame.Slots.ContainsKey(pending.Name)
                ? pending
                : form.Slots.FirstOrDefault(s => s.Entity == entity.Name && !taken.Contains(s.Name) && !frame.Slots.ContainsKey(s.Name));
            var isCorrection = false;
            if (slot is null)
            {
                slot = form.Slots.FirstOrDefault(s => s.Entity == entity.Name && !taken.Contains(s.Name));
                isCorrection = slot is not null;
            }
            if (slot is null) continue;
            taken.Add(slot.Name);

            var value = SlotValue.From(entity);
            // "6月底之前" in December: next June, not a refusal (only for slots that must lie ahead).
            if (slot.Validator == SlotValidators.InTheFuture) value = PastDates.RollForward(value, context.Now);
            var verdict = slot.Validator?.Invoke(value, context) ?? SlotValidation.Ok;
            if (!verdict.IsValid)
            {
                refused.Add((slot, verdict.ErrorKey ?? "dialog.invalid.value", value.Text));
                continue;
            }
            frame.Slots[slot.Name] = value;
            (isCorrection ? corrected : filled).Add(slot);
        }
        return new SlotFill(filled, corrected, refused);
    }

    /// <summary>Fills the slot being asked with the message itself, for slots declared FromText.</summary>
    public static SlotFill FillFromText(DialogFrame frame, FormDefinition form, string text, NluContext context)
    {
        var pending = form.Slot(frame.PendingSlot ?? string.Empty);
        if (pending is not { FromText: true } || string.IsNullOrWhiteSpace(text)) return new SlotFill([], [], []);
        return Fill(frame, form, [new EntitySpan(pending.Entity, text, 0, text.Length, text)], context);
    }
}
