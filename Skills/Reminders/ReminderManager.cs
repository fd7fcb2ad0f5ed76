using System.Text;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// Everything done to existing reminders, typed or tapped: list, cancel, complete, snooze. Only the owner's
/// reminders are ever found, so an id from someone else's card is refused like an unknown one.
/// </summary>
public sealed class ReminderManager(ReminderStore store, ReminderOwners owners, ReminderActions actions, TimeProvider time)
{
    public async Task<Reply> ListAsync(Requester requester, ReminderListFilter filter, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        var groups = ReminderGroups.Of(await store.ActiveAsync(owner, cancellationToken), time.GetUtcNow(), zone);
        var sections = new List<(string Key, IReadOnlyList<Reminder> Items)> { ("reminders.list.overdue", groups.Overdue) };
        if (filter != ReminderListFilter.Overdue) sections.Add(("reminders.list.today", groups.Today));
        if (filter is ReminderListFilter.Week or ReminderListFilter.All) sections.Add(("reminders.list.week", groups.ThisWeek));
        if (filter == ReminderListFilter.All) sections.Add(("reminders.list.later", groups.Later));

        if (sections.All(s => s.Items.Count == 0))
            return new Reply(Strings.Get(locale, "reminders.list.empty." + filter.ToString().ToLowerInvariant()), null,
                [new SuggestedAction(Strings.Get(locale, "reminders.suggest.callbacks"), Strings.Get(locale, "reminders.suggest.callbacks"))]);

        var text = new StringBuilder(Strings.Get(locale, "reminders.list.title." + filter.ToString().ToLowerInvariant(), zone.Id));
        foreach (var (key, items) in sections.Where(s => s.Items.Count > 0))
        {
            text.Append("\n\n**").Append(Strings.Get(locale, key, items.Count)).Append("**\n");
            foreach (var r in items) text.Append('\n').Append(Line(r, zone, locale));
        }
        text.Append("\n\n").Append(Strings.Get(locale, "reminders.list.hint"));
        // In the order shown, so "the second one" / "最后那条" mean what the user sees.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return Reply.Plain(text.ToString()) with
        {
            Shown = ShownList.Of(sections.SelectMany(s => s.Items).Select(r =>
            {
                var referent = AsReferent(r);
                referent.Days = DayWords(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.NextAlertUtc, zone).DateTime), today);
                return referent;
            })),
        };
    }

    public static string Line(Reminder r, TimeZoneInfo zone, string locale)
    {
        var line = $"- #{r.Id} {ReminderFormat.When(r.NextAlertUtc, zone, locale)} {r.Subject}";
        if (r.Rule is { } rule) line += $" ({ReminderFormat.Rule(rule, locale)})";
        return line;
    }

    /// <summary>The words a user may say for a shown day: 今天/明天/后天 and the weekday, in both languages.</summary>
    public static List<string> DayWords(DateOnly day, DateOnly today)
    {
        var words = new List<string>();
        var ahead = day.DayNumber - today.DayNumber;
        if (ahead is >= 0 and <= 2) words.AddRange(ahead switch { 0 => ["今天", "today"], 1 => ["明天", "tomorrow"], _ => ["后天"] });
        var weekday = "日一二三四五六"[(int)day.DayOfWeek];
        words.AddRange(["周" + weekday, "星期" + weekday, "礼拜" + weekday, day.DayOfWeek.ToString()]);
        return words;
    }

    /// <summary>A reminder as something the user can point back at: by its subject or its customer's name.</summary>
    /// <summary>A reminder as a referent: its subject, its customer and the weekday it is due ("the friday one", "周五那条").</summary>
    public static Referent AsReferent(Reminder r)
    {
        var day = TimeZoneInfo.ConvertTime(r.NextAlertUtc, ReminderFormat.ZoneOf(r, TimeZoneInfo.Utc)).DayOfWeek;
        return Referent.Of(ReferentKinds.Reminder, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Subject, [r.CustomerName, .. LooseTime.Names(day)]);
    }

    /// <summary>
    /// Moves reminder <paramref name="id"/> to the time <paramref name="due"/> computes from it (its own day kept when
    /// only a time of day was said); refused when that time has passed.
    /// </summary>
    public async Task<Reply> RescheduleAsync(Requester requester, long id, Func<Reminder, TimeZoneInfo, DateTimeOffset> due, string said, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        if (await store.FindOwnedAsync(id, owner, cancellationToken) is not { } reminder)
            return Reply.Plain(Strings.Get(locale, "reminders.notYours", id));
        if (reminder.Status != ReminderStatus.Active)
            return Reply.Plain(Strings.Get(locale, "reminders.alreadyClosed", reminder.Subject));
        var when = due(reminder, ReminderFormat.ZoneOf(reminder, zone));
        if (when <= time.GetUtcNow()) return Reply.Plain(Strings.Get(locale, "reminders.invalid.past", said));
        await actions.RescheduleAsync(reminder, when.ToUniversalTime(), cancellationToken);
        return Reply.Plain(Strings.Get(locale, "reminders.rescheduled", reminder.Subject, ReminderFormat.WhenWithZone(reminder.DueUtc, zone, locale)))
            with { Focus = AsReferent(reminder) };
    }

    public async Task<Reply> CancelLastAsync(Requester requester, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        return await store.LastCreatedAsync(owner, cancellationToken) is { } last
            ? await CancelAsync(last, zone, locale, cancellationToken)
            : Reply.Plain(Strings.Get(locale, "reminders.nothingToCancel"));
    }

    public async Task<Reply> CancelNamedAsync(Requester requester, string name, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        var matches = (await store.ActiveAsync(owner, cancellationToken))
            .Where(r => r.Subject.Contains(name, StringComparison.OrdinalIgnoreCase) || (r.CustomerName?.Contains(name, StringComparison.OrdinalIgnoreCase) ?? false))
            .ToList();
        return matches.Count switch
        {
            0 => Reply.Plain(Strings.Get(locale, "reminders.notFoundNamed", name)),
            1 => await CancelAsync(matches[0], zone, locale, cancellationToken),
            _ => Reply.Plain(Strings.Get(locale, "reminders.whichOne", name) + "\n\n" + string.Join("\n", matches.Select(r => Line(r, zone, locale)))),
        };
    }

    /// <summary>Acts on reminder <paramref name="id"/> if it is the requester's; "cancel", "done", "snooze1h", "snoozeTomorrow".</summary>
    public async Task<Reply> ActAsync(Requester requester, long id, string action, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        if (await store.FindOwnedAsync(id, owner, cancellationToken) is not { } reminder)
            return Reply.Plain(Strings.Get(locale, "reminders.notYours", id));
        return await ActAsync(reminder, action, zone, locale, cancellationToken);
    }

    /// <summary>Typed "完成" / "snooze 1h" without a number: the reminder that alerted last, else the one created last.</summary>
    public async Task<Reply> ActOnCurrentAsync(Requester requester, long? id, string action, TimeSpan? snooze, string locale, CancellationToken cancellationToken)
    {
        if (id is { } explicitId && snooze is null) return await ActAsync(requester, explicitId, action, locale, cancellationToken);
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        Reminder? target;
        if (id is { } given) target = await store.FindOwnedAsync(given, owner, cancellationToken);
        else
        {
            var now = time.GetUtcNow();
            var active = await store.ActiveAsync(owner, cancellationToken);
            target = active.Where(r => r.NextAlertUtc <= now).MaxBy(r => r.NextAlertUtc) ?? await store.LastCreatedAsync(owner, cancellationToken);
        }
        if (target is null) return Reply.Plain(Strings.Get(locale, id is null ? "reminders.noneActive" : "reminders.notYours", id ?? 0));
        if (snooze is { } span)
        {
            await actions.SnoozeAsync(target, actions.In(span), cancellationToken);
            return Reply.Plain(Strings.Get(locale, "reminders.snoozed", target.Subject, ReminderFormat.WhenWithZone(target.NextAlertUtc, zone, locale)));
        }
        return await ActAsync(target, action, zone, locale, cancellationToken);
    }

    private async Task<Reply> ActAsync(Reminder reminder, string action, TimeZoneInfo zone, string locale, CancellationToken cancellationToken)
    {
        if (reminder.Status != ReminderStatus.Active)
            return Reply.Plain(Strings.Get(locale, "reminders.alreadyClosed", reminder.Subject));
        switch (action)
        {
            case ReminderCard.Cancel:
                return await CancelAsync(reminder, zone, locale, cancellationToken);
            case ReminderCard.Done:
                var wasRepeating = reminder.Rule is not null;
                await actions.DoneAsync(reminder, cancellationToken);
                return Reply.Plain(wasRepeating
                    ? Strings.Get(locale, "reminders.doneRepeating", reminder.Subject, ReminderFormat.WhenWithZone(reminder.DueUtc, zone, locale))
                    : Strings.Get(locale, "reminders.done", reminder.Subject));
            case ReminderCard.SnoozeHour or ReminderCard.SnoozeTomorrow:
                var until = action == ReminderCard.SnoozeHour ? actions.In(TimeSpan.FromHours(1)) : actions.Tomorrow(reminder);
                await actions.SnoozeAsync(reminder, until, cancellationToken);
                return Reply.Plain(Strings.Get(locale, "reminders.snoozed", reminder.Subject, ReminderFormat.WhenWithZone(until, zone, locale)));
            default:
                return Reply.Plain(Strings.Get(locale, "card.unknownSubmit"));
        }
    }

    private async Task<Reply> CancelAsync(Reminder reminder, TimeZoneInfo zone, string locale, CancellationToken cancellationToken)
    {
        await actions.CancelAsync(reminder, cancellationToken);
        return Reply.Plain(Strings.Get(locale, "reminders.cancelled", reminder.Subject, ReminderFormat.When(reminder.NextAlertUtc, zone, locale)));
    }
}
