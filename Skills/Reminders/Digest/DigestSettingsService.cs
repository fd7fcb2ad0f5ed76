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
        if (!settings.Enabled) return Reply.Plain(Strings.Get(locale, "reminders.digest.off")) with { Focus = Focus(settings, locale) };
        return Reply.Plain(Describe("reminders.digest.on", settings, zone, locale)) with { Focus = Focus(settings, locale) };
    }

    /// <summary>
    /// "when does the daily digest go out?": the settings as they are, with how to change them. The digest is then
    /// in focus, so "move it to 7:30" or "关掉吧" next acts on it.
    /// </summary>
    public async Task<Reply> ShowAsync(Requester requester, string locale, CancellationToken cancellationToken)
    {
        var settings = await LoadAsync(requester, locale, cancellationToken);
        var zone = owners.Zone(settings.TimeZoneId);
        var now = settings.Enabled ? Describe("reminders.digest.current", settings, zone, locale) : Strings.Get(locale, "reminders.digest.currentOff");
        return Reply.Plain(now + "\n\n" + Strings.Get(locale, "reminders.digest.help")) with { Focus = Focus(settings, locale) };
    }

    // The digest is what "move it to 7:30" / "把它改到9点半" means next.
    private static Referent Focus(DigestSettings settings, string locale) =>
        Referent.Of(ReferentKinds.Digest, settings.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Strings.Get(locale, "reminders.digest.name"));

    private string Describe(string key, DigestSettings settings, TimeZoneInfo zone, string locale) =>
        Strings.Get(locale, key,
            Strings.Get(locale, settings.WeekdaysOnly ? "reminders.digest.weekdays" : "reminders.digest.everyDay"),
            settings.LocalTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            zone.Id, ReminderFormat.When(settings.Rule.NextAfter(time.GetUtcNow(), zone), zone, locale));

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
