using SalesCoach.Bot.Hosting;
using SalesCoach.Bot.Identity;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// Turns a dashboard request into a <see cref="DashboardView"/> or its refusal, with the chat's own rules: the
/// signed-in sales user (SalesClaims) resolved like a chat user, the scope read by the KPI skill's scope reader
/// (default: the widest scope the viewer may see), and SalesAccess deciding before anything is read.
/// </summary>
public sealed class DashboardRequestReader(ViewerResolver viewers, SalesOrganisation organisation, CompanyClock clock)
{
    public async Task<(DashboardView? View, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var locale = Locale(http.Request);
        if (http.User.SalesUserId() is not { } userId) return (null, DashboardProblem.NotSignedIn(locale));
        var viewer = await viewers.ResolveAsync(userId, null, null, cancellationToken);
        // A signed-in person the sales data does not know is refused, never shown the demo administrator's view.
        if (viewer is null || viewer.IsDemoStandIn) return (null, DashboardProblem.Refused(AccessReasons.UnknownUser, locale));
        var org = await organisation.GetAsync(cancellationToken);

        var query = http.Request.Query;
        var scopeText = query["scope"].ToString();
        var (scope, problem) = KpiQueryService.ResolveScope(string.IsNullOrWhiteSpace(scopeText) ? null : scopeText.Trim(), viewer, org);
        if (problem is not null || scope is null)
            return (null, problem?.Error == "customerScope" ? DashboardProblem.BadInput("customerScope", locale, problem.ErrorDetail) : DashboardProblem.BadInput("scope", locale, scopeText));
        var access = SalesAccess.CanSee(viewer, scope, scope.Kind == KpiScopeKind.Rep && org.Users.TryGetValue(scope.Id!, out var rep) ? rep.TeamId : null);
        if (!access.Allowed) return (null, DashboardProblem.Refused(access.Reason!, locale));

        var now = clock.GetUtcNow();
        var periodText = query["period"].ToString();
        var periodToken = string.IsNullOrWhiteSpace(periodText) ? DashboardPeriod.Default : periodText.Trim();
        if (DashboardPeriod.Parse(periodToken, now, clock.LocalTimeZone) is not { } period) return (null, DashboardProblem.BadInput("period", locale, periodText));
        if (period.From >= now) return (null, DashboardProblem.BadInput("futurePeriod", locale, periodToken));

        return (new DashboardView(viewer, org, scope, scope.Key, period, periodToken, locale, now), null);
    }

    /// <summary>?locale= wins, then the browser's first language; Chinese when neither says.</summary>
    public static string Locale(HttpRequest request)
    {
        var asked = request.Query["locale"].ToString();
        if (asked.Length > 0) return Locales.Normalize(asked);
        var header = request.Headers.AcceptLanguage.ToString();
        return header.Length > 0 ? Locales.Normalize(header.Split(',')[0].Trim()) : Locales.Chinese;
    }
}
