using Microsoft.Extensions.Options;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Reminders.Callbacks;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// Callbacks for the scope: the callback reminders its people set that fall due within the next week (or are already
/// past), and the customers gone quiet for SalesCoach:Callbacks:QuietDays, the rule "哪些客户该回访了" answers with.
/// </summary>
public sealed class DashboardCallbacks(ReminderStore reminders, CustomerQueries customers, IOptions<CallbackOptions> options, CompanyClock clock)
{
    /// <summary>How far ahead "due" looks.</summary>
    public static readonly TimeSpan DueWithin = TimeSpan.FromDays(7);

    /// <summary>Quiet customers listed at most (the count covers them all).</summary>
    public const int OverdueRows = 20;

    public async Task<DashboardCallbackView> ListAsync(DashboardView view, CancellationToken cancellationToken)
    {
        var zone = clock.LocalTimeZone;
        var due = await reminders.ActiveForSalesUsersAsync([.. view.UserIds], view.Now + DueWithin, cancellationToken);
        var quietDays = options.Value.QuietDays;
        var quiet = await customers.NotContactedSinceAsync(view.Scope, view.Now.AddDays(-quietDays), cancellationToken);
        return new DashboardCallbackView(
            [.. due.Select(r => new DashboardReminder(r.Id, Owner(view, r.SalesUserId), r.CustomerName, r.Subject, Local(r.NextAlertUtc, zone), r.NextAlertUtc < view.Now))],
            quietDays,
            quiet.Count,
            [.. quiet.Take(OverdueRows).Select(c => new DashboardQuietCustomer(c.CustomerId, c.Name, Owner(view, c.OwnerId), c.LastContactAt is { } at ? Local(at, zone)[..10] : null))]);
    }

    private static string? Owner(DashboardView view, string? userId) =>
        userId is not null && view.Org.Users.TryGetValue(userId, out var user) ? user.Name : userId;

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <param name="Due">Reminders falling due within a week, the overdue ones (Overdue=true) first.</param>
/// <param name="QuietCount">Every quiet customer of the scope; <paramref name="Quiet"/> lists the longest silent.</param>
public sealed record DashboardCallbackView(IReadOnlyList<DashboardReminder> Due, int QuietDays, int QuietCount, IReadOnlyList<DashboardQuietCustomer> Quiet);

public sealed record DashboardReminder(long Id, string? Owner, string? Customer, string Subject, string At, bool Overdue);

public sealed record DashboardQuietCustomer(string Id, string Name, string? Owner, string? LastContact);
