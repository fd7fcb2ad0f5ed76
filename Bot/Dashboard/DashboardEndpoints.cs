using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using SalesCoach.Bot.Identity;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Dashboard;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// GET /dashboard (the page) and its JSON under /api/dashboard/. Every JSON call is answered for the signed-in sales
/// user only (401 otherwise) and for a scope they may see (403 otherwise, with the chat's reason); the query takes
/// scope (company, region:ID, team:ID, rep:ID, self, myteam), period (see DashboardPeriod) and locale.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>The channel the KPI skill is told the question came through.</summary>
    public const string ChannelId = "dashboard";

    public const string PagePath = "/dashboard";

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet(PagePath, PageAsync).ExcludeFromDescription();
        var api = app.MapGroup("/api/dashboard");
        api.MapGet("/summary", (HttpContext http, DashboardRequestReader reader, DashboardKpis kpis, KpiQueryService queries, CancellationToken ct) =>
            WithViewAsync(http, reader, ct, async view => new
            {
                viewer = new { id = view.Viewer.UserId, name = view.Viewer.Name, role = view.Viewer.Role.ToString().ToLowerInvariant() },
                scope = new { token = view.ScopeToken, kind = view.Scope.Kind.ToString().ToLowerInvariant(), id = view.Scope.Id, name = view.Scope.Display(view.Locale) },
                period = new { token = view.PeriodToken, from = view.Period.From, to = view.Period.To, label = queries.Label(view.Period.From, view.Period.To, view.Locale) },
                periods = DashboardPeriod.Relative,
                scopes = DashboardScopes.For(view.Viewer, view.Org, view.Locale),
                metrics = KpiCatalogue.All.Where(k => k.Key != KpiCatalogue.ChannelEfficiency).Select(k => new { key = k.Key, name = k.Name(view.Locale), higherIsBetter = k.HigherIsBetter }),
                tiles = await kpis.TilesAsync(view, ct),
            }));
        api.MapGet("/charts", (HttpContext http, DashboardRequestReader reader, DashboardKpis kpis, CancellationToken ct) =>
        {
            var metric = http.Request.Query["metric"].ToString();
            if (metric.Length == 0) metric = KpiCatalogue.Revenue;
            if (KpiCatalogue.Find(metric) is not { } kpi || kpi.Key == KpiCatalogue.ChannelEfficiency)
                return Task.FromResult(DashboardProblem.BadInput("metric", DashboardRequestReader.Locale(http.Request), metric,
                    string.Join(", ", KpiCatalogue.All.Where(k => k.Key != KpiCatalogue.ChannelEfficiency).Select(k => k.Key))));
            return WithViewAsync(http, reader, ct, async view =>
            {
                var channels = await kpis.ChannelsAsync(view, ct);
                return new
                {
                    metric = kpi.Key,
                    trend = await kpis.TrendAsync(view, kpi.Key, ct),
                    ranking = await kpis.RankingAsync(view, kpi.Key, ct),
                    channels,
                    // The demo's and the import's channel keys in the reader's language; a company's own names as they are.
                    channelNames = (channels.Channels ?? []).ToDictionary(c => c.Channel,
                        c => Strings.Has(view.Locale, "kpi.channel." + c.Channel) ? Strings.Get(view.Locale, "kpi.channel." + c.Channel) : c.Channel),
                };
            });
        });
        api.MapGet("/goals", (HttpContext http, DashboardRequestReader reader, DashboardGoals goals, CancellationToken ct) =>
            WithViewAsync(http, reader, ct, async view => new { goals = await goals.ListAsync(view, ct) }));
        api.MapGet("/risks", (HttpContext http, DashboardRequestReader reader, DashboardRisks risks, CancellationToken ct) =>
            WithViewAsync(http, reader, ct, async view => await risks.LatestAsync(view, ct)));
        api.MapGet("/callbacks", (HttpContext http, DashboardRequestReader reader, DashboardCallbacks callbacks, CancellationToken ct) =>
            WithViewAsync(http, reader, ct, async view => await callbacks.ListAsync(view, ct)));
        api.MapGet("/training", (HttpContext http, DashboardRequestReader reader, DashboardTraining training, CancellationToken ct) =>
            WithViewAsync(http, reader, ct, async view => new { plans = await training.ListAsync(view, ct) }));
        return app;
    }

    /// <summary>Reads and checks the request once, then answers with what <paramref name="answer"/> builds, never cached (figures move).</summary>
    private static async Task<IResult> WithViewAsync<T>(HttpContext http, DashboardRequestReader reader, CancellationToken cancellationToken, Func<DashboardView, Task<T>> answer)
    {
        var (view, problem) = await reader.ReadAsync(http, cancellationToken);
        if (problem is not null) return problem;
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return Results.Json(await answer(view!));
    }

    /// <summary>
    /// The page is a shell that fetches its figures. The sign-in gate (Identity/DashboardGate) sends anonymous visitors to
    /// sign in before they get here; should a host run without it, the default challenge does, or a plain 401 in both languages.
    /// </summary>
    private static async Task<IResult> PageAsync(HttpContext http, IWebHostEnvironment environment)
    {
        // Looked up, not injected: a host without authentication has no scheme provider, and minimal APIs would read it from the body.
        var schemes = http.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (http.User.SalesUserId() is null)
        {
            if (schemes is not null && await schemes.GetDefaultChallengeSchemeAsync() is not null) return Results.Challenge();
            return Results.Text("请先登录后再打开仪表盘。Please sign in to open the dashboard.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }
        var file = environment.WebRootFileProvider.GetFileInfo("dashboard.html");
        if (!file.Exists || file.PhysicalPath is null) return Results.NotFound();
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.File(file.PhysicalPath, "text/html; charset=utf-8");
    }
}
