using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Reminders.Callbacks;
using SalesCoach.Skills.Reminders.Digest;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// The reminder phrases answered before understanding (see ReminderPhrases), and the one-turn handlers for
/// the recogniser's reminder_list / reminder_cancel / digest_settings intents, which read the same phrases.
/// </summary>
public sealed class ReminderCommands(ReminderManager manager, CallbackSuggestions callbacks, DigestSettingsService digest)
{
    public async Task<Reply?> TryHandleAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        await digest.EnsureDefaultAsync(requester, user, locale, cancellationToken);
        text = text.Trim();
        if (ReminderPhrases.Done().Match(text) is { Success: true } done)
            return await manager.ActOnCurrentAsync(requester, Id(done), ReminderCard.Done, null, locale, cancellationToken);
        if (ReminderPhrases.SnoozeTomorrow().Match(text) is { Success: true } tomorrow)
            return await manager.ActOnCurrentAsync(requester, Id(tomorrow), ReminderCard.SnoozeTomorrow, null, locale, cancellationToken);
        if (ReminderPhrases.SnoozeFor().Match(text) is { Success: true } snooze && Span(snooze) is { } span)
            return await manager.ActOnCurrentAsync(requester, Id(snooze), ReminderCard.SnoozeHour, span, locale, cancellationToken);
        if (ReminderPhrases.Callbacks().IsMatch(text)) return await callbacks.SuggestAsync(requester, locale, cancellationToken);
        if (await ListOrCancelAsync(text, requester, locale, strict: true, cancellationToken) is { } listed)
            return listed with { Intent = IsCancel(text) ? Intents.ReminderCancel : Intents.ReminderList };
        return await DigestAsync(text, requester, locale, cancellationToken) is { } digestSet ? digestSet with { Intent = Intents.DigestSettings } : null;
    }

    public async Task<IReadOnlyList<Reply>> ListAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        if (request.Requester is not { } requester) return [Reply.Plain(Strings.Get(request.Locale, "kpi.refused.unknownUser"))];
        var text = request.Text;
        var filter = text.Contains("逾期") || text.Contains("过期") || text.Contains("overdue", StringComparison.OrdinalIgnoreCase) ? ReminderListFilter.Overdue
            : text.Contains("今天") || text.Contains("today", StringComparison.OrdinalIgnoreCase) ? ReminderListFilter.Today
            : text.Contains("周") || text.Contains("星期") || text.Contains("week", StringComparison.OrdinalIgnoreCase) ? ReminderListFilter.Week
            : ReminderListFilter.All;
        return [await manager.ListAsync(requester, filter, request.Locale, cancellationToken)];
    }

    public async Task<IReadOnlyList<Reply>> CancelAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        if (request.Requester is not { } requester) return [Reply.Plain(Strings.Get(request.Locale, "kpi.refused.unknownUser"))];
        return [await ListOrCancelAsync(request.Text, requester, request.Locale, strict: false, cancellationToken)
            ?? await manager.CancelLastAsync(requester, request.Locale, cancellationToken)];
    }

    public async Task<IReadOnlyList<Reply>> DigestSettingsAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        if (request.Requester is not { } requester) return [Reply.Plain(Strings.Get(request.Locale, "kpi.refused.unknownUser"))];
        // Understood as a digest setting but not in a set phrase ("把它改到9点半吧" after the digest time was shown):
        // a time of day anywhere in the message is the new time.
        return [await DigestAsync(request.Text, requester, request.Locale, cancellationToken)
            ?? (TimeOfDayParser.Find(request.Text) is { } clock ? await SetTimeAsync(requester, request.Locale, clock.Time, cancellationToken) : null)
            ?? await digest.ShowAsync(requester, request.Locale, cancellationToken)];
    }

    private async Task<Reply?> ListOrCancelAsync(string text, Requester requester, string locale, bool strict, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (ReminderPhrases.CancelLast().IsMatch(text)) return await manager.CancelLastAsync(requester, locale, cancellationToken);
        if (ReminderPhrases.CancelNumber().Match(text) is { Success: true } number)
            return await manager.ActAsync(requester, Id(number)!.Value, ReminderCard.Cancel, locale, cancellationToken);
        if (ReminderPhrases.CancelNamed().Match(text) is { Success: true } named)
            return await manager.CancelNamedAsync(requester, named.Groups["name"].Value.Trim(), locale, cancellationToken);
        if (!strict) return null;
        if (ReminderPhrases.ListOverdue().IsMatch(text)) return await manager.ListAsync(requester, ReminderListFilter.Overdue, locale, cancellationToken);
        if (ReminderPhrases.ListToday().IsMatch(text)) return await manager.ListAsync(requester, ReminderListFilter.Today, locale, cancellationToken);
        if (ReminderPhrases.ListWeek().IsMatch(text)) return await manager.ListAsync(requester, ReminderListFilter.Week, locale, cancellationToken);
        if (ReminderPhrases.ListAll().IsMatch(text)) return await manager.ListAsync(requester, ReminderListFilter.All, locale, cancellationToken);
        return null;
    }

    private static bool IsCancel(string text) =>
        ReminderPhrases.CancelLast().IsMatch(text) || ReminderPhrases.CancelNumber().IsMatch(text) || ReminderPhrases.CancelNamed().IsMatch(text);

    private async Task<Reply?> DigestAsync(string text, Requester requester, string locale, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (ReminderPhrases.DigestOff().IsMatch(text)) return await digest.ChangeAsync(requester, locale, s => s.Enabled = false, cancellationToken);
        if (ReminderPhrases.DigestOn().IsMatch(text)) return await digest.ChangeAsync(requester, locale, s => s.Enabled = true, cancellationToken);
        if (ReminderPhrases.DigestWeekdays().IsMatch(text))
            return await digest.ChangeAsync(requester, locale, s => { s.Enabled = true; s.WeekdaysOnly = true; }, cancellationToken);
        if (ReminderPhrases.DigestEveryDay().IsMatch(text))
            return await digest.ChangeAsync(requester, locale, s => { s.Enabled = true; s.WeekdaysOnly = false; }, cancellationToken);
        if (ReminderPhrases.DigestTime().Match(text) is { Success: true } at)
        {
            // "at 8 every morning": the phrase's time part may carry words around the time; the whole message is tried too.
            if ((TimeOfDayParser.Find(at.Groups["time"].Value) ?? TimeOfDayParser.Find(text)) is not { } clock)
                return Reply.Plain(Strings.Get(locale, "reminders.digest.badTime", at.Groups["time"].Value.Trim()));
            return await SetTimeAsync(requester, locale, clock.Time, cancellationToken);
        }
        return null;
    }

    private Task<Reply> SetTimeAsync(Requester requester, string locale, TimeOnly time, CancellationToken cancellationToken) =>
        digest.ChangeAsync(requester, locale, s => { s.Enabled = true; s.LocalMinutes = (int)time.ToTimeSpan().TotalMinutes; }, cancellationToken);

    private static long? Id(Match match) =>
        match.Groups["id"].Success && long.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>"一小时", "30分钟", "2 hours", "half an hour", "1h".</summary>
    private static TimeSpan? Span(Match match)
    {
        var n = match.Groups["n"].Value.Trim().ToLowerInvariant();
        var amount = n switch
        {
            "" or "a" or "an" or "one" => 1m,
            "半" or "half a" or "half an" => 0.5m,
            _ => ChineseNumber.Parse(n),
        };
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var span = unit switch
        {
            "分钟" or "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes((double)amount),
            "天" or "d" or "day" or "days" => TimeSpan.FromDays((double)amount),
            _ => TimeSpan.FromHours((double)amount),
        };
        return amount > 0 && span <= TimeSpan.FromDays(30) ? span : null;
    }
}
