using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Kpi;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// The dashboard's figures, each one a question to the KPI skill on the path `kpi "..." --user ID --json` takes
/// (KpiSkill.AskAsync: the viewer resolved from the user id, the scope read and checked, the engine measuring in the
/// company calendar), so a tile can never disagree with the chat. Nothing is computed here.
/// </summary>
public sealed class DashboardKpis(KpiSkill skill)
{
    /// <summary>Trend points shown: half a year of months, two years of quarters.</summary>
    public const int TrendSteps = 6;

    /// <summary>Ranking rows shown at most.</summary>
    public const int RankingRows = 10;

    /// <summary>One answer per catalogue KPI with its period comparison; channel efficiency is the channel chart, not a tile.</summary>
    public async Task<IReadOnlyList<KpiAnswer>> TilesAsync(DashboardView view, CancellationToken cancellationToken)
    {
        var tiles = new List<KpiAnswer>();
        foreach (var kpi in KpiCatalogue.All.Where(k => k.Key != KpiCatalogue.ChannelEfficiency))
            tiles.Add(await AskAsync(view, Question(view, kpi.Key), cancellationToken));
        return tiles;
    }

    public Task<KpiAnswer> TrendAsync(DashboardView view, string metric, CancellationToken cancellationToken) =>
        AskAsync(view, Question(view, metric) with { Trend = TrendSteps }, cancellationToken);

    /// <summary>The members one level down (the company's and a region's teams, a team's reps); null for a rep's own view.</summary>
    public async Task<KpiAnswer?> RankingAsync(DashboardView view, string metric, CancellationToken cancellationToken)
    {
        var level = view.Scope.Kind switch
        {
            KpiScopeKind.Company or KpiScopeKind.Region => "team",
            KpiScopeKind.Team => "rep",
            _ => null,
        };
        return level is null ? null : await AskAsync(view, Question(view, metric) with { Rank = $"{level}:{RankingRows}" }, cancellationToken);
    }

    public Task<KpiAnswer> ChannelsAsync(DashboardView view, CancellationToken cancellationToken) =>
        AskAsync(view, Question(view, KpiCatalogue.ChannelEfficiency), cancellationToken);

    private static KpiQuestion Question(DashboardView view, string metric) =>
        new(metric, view.Period.From, view.Period.To, view.PeriodToken, view.ScopeToken, null, null, false, null, false);

    private Task<KpiAnswer> AskAsync(DashboardView view, KpiQuestion question, CancellationToken cancellationToken) =>
        skill.AskAsync(question, new Requester(view.Viewer.UserId, DashboardEndpoints.ChannelId), view.Locale, cancellationToken);
}
