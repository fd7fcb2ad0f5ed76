using System.Globalization;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Dialogs.References;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Reminders.Digest;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// Acting on reminders and the digest the user points back at: "把博远那条删了", "delete the second one", "mark it
/// done", "把它改到下午3点", "oops, make that 4pm", "move it to 7:30" (after the digest time was shown).
/// </summary>
public sealed class ReminderReferents(ReminderManager manager, DigestSettingsService digest)
{
    public async Task<IReadOnlyList<Reply>?> RemindersAsync(ReferentRequest request, CancellationToken cancellationToken)
    {
        if (request.Requester is not { } requester) return null;
        var ids = request.Reference.Items.Select(i => long.TryParse(i.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        if (ids.Count == 0) return null;
        switch (request.Reference.Act)
        {
            case "remove" or "done":
                var action = request.Reference.Act == "remove" ? ReminderCard.Cancel : ReminderCard.Done;
                var replies = new List<Reply>();
                foreach (var id in ids) replies.Add(await manager.ActAsync(requester, id, action, request.Locale, cancellationToken));
                return replies;
            case "change" when ids.Count == 1 && NewTime(request) is { } when:
                return [await manager.RescheduleAsync(requester, ids[0], when.Due, when.Said, request.Locale, cancellationToken)];
            default:
                return null;
        }
    }

    public async Task<IReadOnlyList<Reply>?> DigestAsync(ReferentRequest request, CancellationToken cancellationToken)
    {
        if (request.Requester is not { } requester) return null;
        return request.Reference.Act switch
        {
            "change" when TimeOfDayParser.Find(request.Text) is { } clock =>
                [await digest.ChangeAsync(requester, request.Locale, s => { s.Enabled = true; s.LocalMinutes = (int)clock.Time.ToTimeSpan().TotalMinutes; }, cancellationToken)],
            // "hmm no, 7 is better" after the digest was set to 8: the hour nearer the current time.
            "change" when LooseTime.BareHour(request.Text) is { } hour =>
                [await digest.ChangeAsync(requester, request.Locale, s => { s.Enabled = true; s.LocalMinutes = (int)LooseTime.Nearest(hour, s.LocalTime).ToTimeSpan().TotalMinutes; }, cancellationToken)],
            "remove" => [await digest.ChangeAsync(requester, request.Locale, s => s.Enabled = false, cancellationToken)],
            _ => null,
        };
    }

    /// <summary>
    /// The new time: a time of day alone ("4pm", "下午3点", "to 9") keeps the reminder's own day; a weekday alone
    /// ("thursday not wednesday", "monday, same time") keeps its time of day; a day and time the recogniser resolved
    /// ("明天下午3点", "Monday 9am") replace it.
    /// </summary>
    private static (Func<Reminder, TimeZoneInfo, DateTimeOffset> Due, string Said)? NewTime(ReferentRequest request)
    {
        var clock = TimeOfDayParser.Find(request.Text);
        var weekday = LooseTime.Weekday(request.Text);
        var instant = request.Nlu.Entities.FirstOrDefault(e => e.Name == EntityNames.DateTime) is { } span
            && ReminderValidators.TryInstant(SlotValue.From(span).Resolution, out var at) ? (At: at, span.Text) : ((DateTimeOffset At, string Text)?)null;
        if (instant is { } named && (clock is null ? weekday is null : named.Text.Trim().Length > clock.Value.Text.Trim().Length + 2))
            return ((_, _) => named.At, named.Text);
        var hour = clock is null && weekday is null ? LooseTime.BareHour(request.Text) : null;
        if (clock is null && weekday is null && hour is null) return null;
        var today = DateOnly.FromDateTime(request.Context.Now.DateTime);
        return ((reminder, zone) =>
        {
            var local = TimeZoneInfo.ConvertTime(reminder.DueUtc, zone).DateTime;
            var day = weekday is { } wanted ? LooseTime.Next(wanted, today) : DateOnly.FromDateTime(local);
            var time = clock?.Time ?? (hour is { } h ? LooseTime.Nearest(h, TimeOnly.FromDateTime(local)) : TimeOnly.FromDateTime(local));
            return LocalClock.ToUtc(day.ToDateTime(time), zone);
        }, clock?.Text ?? request.Text.Trim());
    }
}
