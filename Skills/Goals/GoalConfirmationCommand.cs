using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesCoach.Data.Access;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// The answer to a goal's confirmation card: Confirm saves the draft (with the target, deadline and team-goal
/// link as edited in the card), Edit checks the edited draft again and shows a new card, Cancel drops it.
/// Typed answers work too ("确认" / "confirm, it serves the East team's Q4 goal", "取消" / "cancel") while a
/// draft made in the last <see cref="TypedWindow"/> is waiting. Handled before understanding, because the
/// buttons' words ("确认目标") would otherwise start a new goal.
/// </summary>
public sealed partial class GoalConfirmationCommand(GoalStore store, GoalDrafting drafting, ViewerResolver viewers, GoalText text, TimeProvider clock)
{
    /// <summary>A typed "确认" long after the card is about something else.</summary>
    public static readonly TimeSpan TypedWindow = TimeSpan.FromMinutes(15);

    [GeneratedRegex(@"^(?:确认|确定|保存|confirm|save|yes)(?:\s*(?:目标|goal|the goal))?(?:\s*[,，:：;；。.!！]\s*|\s+|$)(?<note>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TypedConfirm();

    [GeneratedRegex(@"^(?:取消|不要了|算了|放弃|cancel|discard)(?:\s*(?:目标|goal|the goal))?[。.!！]?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypedCancel();

    public async Task<Reply?> TryHandleAsync(string message, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        var (action, id) = Submitted(requester.Submitted);
        string? note = null;
        if (action is null)
        {
            var confirm = TypedConfirm().Match(message.Trim());
            if (confirm.Success) (action, note) = ("confirm", confirm.Groups["note"].Value.Trim());
            // "行，就按这个来" / "sounds good, save it": agreement in any words (Resources/dialog-acts.json).
            else if (Dialogs.DialogActs.IsAffirmation(message)) action = "confirm";
            else if (TypedCancel().IsMatch(message.Trim())) action = "cancel";
            // A bare "不对" / "nope" keeps the draft and asks what to change; "不对，改成15个" is a correction
            // and goes on to the dialog engine, which re-drafts with the new value.
            else if (Dialogs.DialogActs.IsRefusal(message)) action = "change";
            else return null;
        }
        var now = clock.GetUtcNow();
        var draft = await store.DraftAsync(requester.UserId, id, now - TypedWindow, cancellationToken);
        if (draft is null)
            // A typed word with no draft waiting is not ours; a stale button says so.
            return id is null ? null : Reply.Plain(Strings.Get(locale, "goal.draft.gone"));
        if (action == "change") return Reply.Plain(Strings.Get(locale, "goal.draft.whatToChange"));
        if (action == "cancel")
        {
            await store.DiscardDraftAsync(draft.Id, cancellationToken);
            return Reply.Plain(Strings.Get(locale, "goal.draft.cancelled"));
        }
        if (Edits(requester.Submitted, draft, note, locale) is { } invalid) return Reply.Plain(invalid);
        if (draft.Deadline <= now) return Reply.Plain(Strings.Get(locale, "goal.invalid.pastDeadline", text.LastDay(draft.Deadline)));
        if (action == "edit")
        {
            await store.UpdateDraftAsync(draft, cancellationToken);
            return await drafting.CardAsync(draft, locale, cancellationToken);
        }
        await store.UpdateDraftAsync(draft, cancellationToken);
        var viewer = await viewers.ResolveAsync(requester.UserId, requester.AadObjectId, user.DemoPersona, cancellationToken);
        var saved = await store.ConfirmAsync(draft.Id, viewer?.UserId ?? draft.SetById, now, cancellationToken);
        if (saved is null) return Reply.Plain(Strings.Get(locale, "goal.draft.gone"));
        return Reply.Plain(Strings.Get(locale, saved.Revision > 1 ? "goal.saved.updated" : "goal.saved.created", text.Summary(saved, locale), saved.Revision)
            + "\n\n" + Strings.Get(locale, "goal.saved.next"));
    }

    private static (string? Action, long? Id) Submitted(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty(GoalCard.ActionKey, out var action) || action.ValueKind != JsonValueKind.String)
            return (null, null);
        long? id = data.TryGetProperty(GoalCard.IdKey, out var raw) && long.TryParse(raw.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return (action.GetString(), id);
    }

    /// <summary>Applies the card's inputs (or a typed note) to the draft; returns why an input is refused, leaving the draft as it was.</summary>
    private string? Edits(JsonElement? value, Goal draft, string? note, string locale)
    {
        if (!string.IsNullOrWhiteSpace(note)) draft.Relevance = note.Length > 500 ? note[..500] : note;
        if (value is not { ValueKind: JsonValueKind.Object } data) return null;
        decimal? target = null;
        DateTimeOffset? deadline = null;
        if (data.TryGetProperty(GoalCard.TargetInput, out var t) && t.ToString() is { Length: > 0 } typed)
        {
            if (!decimal.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0)
                return Strings.Get(locale, "goal.invalid.target", typed);
            target = number;
        }
        if (data.TryGetProperty(GoalCard.DeadlineInput, out var d) && d.ToString() is { Length: > 0 } day)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Strings.Get(locale, "goal.invalid.deadline", day);
            // The card shows the last day; the goal ends when that day does.
            var end = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
            deadline = new DateTimeOffset(end, text.Zone.GetUtcOffset(end));
            if (deadline <= clock.GetUtcNow()) return Strings.Get(locale, "goal.invalid.pastDeadline", day);
        }
        if (target is { } newTarget) draft.Target = newTarget;
        if (deadline is { } newDeadline && newDeadline > draft.StartsAt) draft.Deadline = newDeadline;
        if (data.TryGetProperty(GoalCard.RelevanceInput, out var r) && r.ValueKind == JsonValueKind.String && r.GetString() is { Length: > 0 } relevance)
            draft.Relevance = relevance.Length > 500 ? relevance[..500] : relevance;
        return null;
    }
}
