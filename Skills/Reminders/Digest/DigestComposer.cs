using System.Globalization;
using System.Text;
using SalesCoach.Data.Access;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>
/// The daily digest, written at send time in the user's zone: today's callbacks, overdue ones, goal pace,
/// one KPI alert and one playbook tip; then the next local send time (weekends skipped when asked). Nothing
/// is sent once the digest is switched off.
/// </summary>
public sealed class DigestComposer(ReminderStore store, ViewerResolver viewers, IGoalPaceSource goals, KpiAlertFinder alerts, TimeProvider time) : IProactiveComposer
{
    public string Kind => ReminderScheduling.DigestKind;

    public async Task<ProactiveMessage?> ComposeAsync(ScheduledMessage occurrence, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(occurrence.PayloadId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (await store.DigestAsync(id, cancellationToken) is not { Enabled: true } settings) return null;
        var zone = LocalClock.FindZone(settings.TimeZoneId) ?? TimeZoneInfo.Utc;
        var locale = settings.Locale;
        var now = time.GetUtcNow();
        var next = settings.Rule.NextAfter(occurrence.DueUtc > now ? occurrence.DueUtc : now, zone);

        var owner = new ReminderOwner(settings.ChannelId, settings.ChannelUserId, settings.SalesUserId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var dayStart = LocalClock.ToUtc(today.ToDateTime(TimeOnly.MinValue), zone);
        var dayEnd = LocalClock.ToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var active = await store.ActiveAsync(owner, cancellationToken);
        var overdue = active.Where(r => r.NextAlertUtc < dayStart).ToList();
        var todays = active.Where(r => r.NextAlertUtc >= dayStart && r.NextAlertUtc < dayEnd).ToList();

        var text = new StringBuilder(Strings.Get(locale, "reminders.digest.title", ReminderFormat.When(now, zone, locale)[..10]));
        Section(text, Strings.Get(locale, "reminders.digest.today", todays.Count), todays.Select(r => ReminderManager.Line(r, zone, locale)),
            Strings.Get(locale, "reminders.digest.todayNone"));
        Section(text, Strings.Get(locale, "reminders.digest.overdue", overdue.Count), overdue.Select(r => ReminderManager.Line(r, zone, locale)),
            Strings.Get(locale, "reminders.digest.overdueNone"));

        // A user not in the sales data reads as the demo administrator in demo mode, and sees no figures outside it.
        var viewer = await viewers.ResolveAsync(settings.SalesUserId ?? settings.ChannelUserId, null, null, cancellationToken);
        if (viewer is not null)
        {
            var pace = await goals.PaceLinesAsync(viewer, locale, now, zone, cancellationToken);
            Section(text, Strings.Get(locale, "reminders.digest.goals"), pace.Select(l => "- " + l), Strings.Get(locale, "reminders.digest.goalsNone"));
            var alert = await alerts.FindAsync(viewer, locale, now, zone, cancellationToken);
            Section(text, Strings.Get(locale, "reminders.digest.kpi"), alert is null ? [] : ["- " + alert], Strings.Get(locale, "reminders.digest.kpiNone"));
        }
        if (PlaybookTips.For(today, locale) is { } tip)
            Section(text, Strings.Get(locale, "reminders.digest.tip"), [$"**{tip.Title}**: {tip.Text} (#{tip.Anchor})"], "");

        var actions = new List<SuggestedAction>
        {
            new(Strings.Get(locale, "reminders.suggest.today"), Strings.Get(locale, "reminders.suggest.today")),
            new(Strings.Get(locale, "reminders.suggest.callbacks"), Strings.Get(locale, "reminders.suggest.callbacks")),
        };
        return new ProactiveMessage(locale, [new Reply(text.ToString(), null, actions)], next);
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines, string none)
    {
        var list = lines.ToList();
        text.Append("\n\n**").Append(heading).Append("**\n");
        text.Append(list.Count == 0 ? "\n" + none : "\n" + string.Join("\n", list));
    }
}
