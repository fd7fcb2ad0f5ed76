using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>
/// The user's digest settings changed in chat ("每天8点半提醒我", "turn off the digest", "只在工作日"), saved and
/// rescheduled at the next local time. A user who never touched them gets the default (on, 09:00, every day,
/// their zone) the first time they talk to the bot as a known sales user (see <see cref="EnsureDefaultAsync"/>).
/// </summary>
public sealed class DigestSettingsService(ReminderStore store, ReminderOwners owners, ReminderScheduling scheduling, TimeProvider time)
{
    public async Task<Reply> ChangeAsync(Requester requester, string locale, Action<DigestSettings> change, CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(requester, locale, cancellationToken);
        var zone = owners.Zone(requester.TimeZone);
        change(settings);
        settings.TimeZoneId = zone.Id;
        settings.Locale = locale;
        await store.SaveDigestAsync(settings, cancellationToken);
        await scheduling.ApplyAsync(settings, time.GetUtcNow(), zone, cancellationToken);
        // The digest is what "move it to 7:30" / "把它改到9点半" means next.
        var focus = Referent.Of(ReferentKinds.Digest, settings.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Strings.Get(locale, "reminders.digest.name"));
        if (!settings.Enabled) return Reply.Plain(Strings.Get(locale, "reminders.digest.off")) with { Focus = focus };
        var next = settings.Rule.NextAfter(time.GetUtcNow(), zone);
        return Reply.Plain(Strings.Get(locale, "reminders.digest.on",
            Strings.Get(locale, settings.WeekdaysOnly ? "reminders.digest.weekdays" : "reminders.digest.everyDay"),
            settings.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            zone.Id, ReminderFormat.When(next, zone, locale))) with { Focus = focus };
    }

    /// <summary>
    /// Known sales users get the digest without asking (it is one of the product's three uses); the demo
    /// stand-in and unknown users do not, as nobody chose it for them. Runs once per user (a flag in user state).
    /// </summary>
    public async Task EnsureDefaultAsync(Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken)
    {
        if (user.DigestInitialised) return;
        user.DigestInitialised = true;
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        if (owner.SalesUserId is null || await store.DigestAsync(owner.ChannelId, owner.ChannelUserId, cancellationToken) is not null) return;
        var settings = await store.SaveDigestAsync(new DigestSettings
        {
            ChannelId = owner.ChannelId, ChannelUserId = owner.ChannelUserId, SalesUserId = owner.SalesUserId, TimeZoneId = zone.Id, Locale = locale,
        }, cancellationToken);
        await scheduling.ApplyAsync(settings, time.GetUtcNow(), zone, cancellationToken);
    }

    private async Task<DigestSettings> LoadAsync(Requester requester, string locale, CancellationToken cancellationToken)
    {
        var (owner, _, zone) = await owners.ResolveAsync(requester, cancellationToken);
        return await store.DigestAsync(owner.ChannelId, owner.ChannelUserId, cancellationToken) ?? new DigestSettings
        {
            ChannelId = owner.ChannelId, ChannelUserId = owner.ChannelUserId, SalesUserId = owner.SalesUserId, TimeZoneId = zone.Id, Locale = locale,
        };
    }
}
