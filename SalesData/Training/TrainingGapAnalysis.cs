using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Training;

/// <summary>
/// Finds where reps fall short: each KPI of <see cref="TrainingOptions.Metrics"/> over the window, against the
/// median of the rep's own team (same window) and against the rep's monthly targets. Access is not checked here:
/// the skill decides whose needs may be shown before asking.
/// </summary>
public sealed class TrainingGapAnalysis(KpiEngine engine, IDbContextFactory<SalesCoachDbContext> contexts, IOptions<TrainingOptions> options)
{
    private readonly TrainingOptions _options = options.Value;

    public TrainingOptions Options => _options;

    /// <param name="reps">The reps whose needs are wanted; their team mates are measured too, for the medians.</param>
    public async Task<TrainingAnalysis> AnalyseAsync(IReadOnlyList<SalesUser> reps, OrgSnapshot org, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var threshold = _options.GapThresholdPercent / 100m;
        var metrics = _options.Metrics.Select(KpiCatalogue.Find).OfType<KpiDefinition>().Where(k => k.Key != KpiCatalogue.GrowthRate).ToList();
        var targets = await TargetsAsync(reps, metrics, from, to, zone, cancellationToken);
        var peersByTeam = new Dictionary<(string Team, string Metric), Dictionary<string, KpiFigure>>();
        var needs = new List<RepTrainingNeeds>();

        foreach (var rep in reps)
        {
            var gaps = new List<TrainingGap>();
            foreach (var kpi in metrics)
            {
                var team = rep.TeamId is { } teamId ? await TeamFiguresAsync(kpi, teamId, org, from, to, peersByTeam, cancellationToken) : null;
                var own = team is not null && team.TryGetValue(rep.Id, out var figure) ? figure : await RepFigureAsync(kpi, rep.Id, from, to, cancellationToken);
                if (!Comparable(kpi, own)) continue;
                var value = own.Value!.Value;

                var comparable = team?.Where(p => Comparable(kpi, p.Value)).ToDictionary(p => p.Key, p => p.Value.Value!.Value) ?? [];
                var median = comparable.Count >= _options.MinimumPeers ? TrainingStatistics.Median(comparable.Values) : null;
                var versusMedian = median is { } m ? TrainingStatistics.Shortfall(value, m, kpi.HigherIsBetter) : 0m;

                decimal? target = null, targetActual = null;
                var versusTarget = 0m;
                if (targets.TryGetValue((rep.Id, kpi.Key), out var set))
                {
                    target = set.Target;
                    targetActual = (await engine.MeasureAsync(kpi.Key, KpiScope.Rep(rep.Id, rep.Name), set.From, set.To, cancellationToken)).Value ?? (Summed(kpi) ? 0m : null);
                    if (targetActual is { } actual) versusTarget = TrainingStatistics.Shortfall(actual, set.Target, kpi.HigherIsBetter);
                }

                var belowMedian = versusMedian >= threshold;
                var belowTarget = versusTarget > 0m;
                if (!belowMedian && !belowTarget) continue;
                var best = comparable.Where(p => p.Key != rep.Id)
                    .OrderBy(p => kpi.HigherIsBetter ? -p.Value : p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => (KeyValuePair<string, decimal>?)p).FirstOrDefault();
                var bestIsBetter = best is { } b && TrainingStatistics.Shortfall(value, b.Value, kpi.HigherIsBetter) > 0m;
                gaps.Add(new TrainingGap(kpi.Key, value, own.SampleSize, median, comparable.Count, target, targetActual,
                    Math.Round(Math.Max(belowMedian ? versusMedian : 0m, versusTarget), 4), belowMedian, belowTarget,
                    bestIsBetter ? best!.Value.Key : null, bestIsBetter ? best!.Value.Value : null));
            }
            needs.Add(new RepTrainingNeeds(rep, [.. gaps.OrderByDescending(g => g.Severity).ThenBy(g => g.Metric, StringComparer.Ordinal)]));
        }
        return new TrainingAnalysis(from, to, [.. needs.OrderByDescending(n => n.Severity).ThenBy(n => n.Rep.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Each of <paramref name="teamIds"/> against the median of all teams, on rates and means only: team totals
    /// (revenue, new customers) grow with headcount and would rank big teams first, not good ones.
    /// </summary>
    public async Task<IReadOnlyList<TeamTrainingGap>> TeamGapsAsync(IReadOnlyCollection<string> teamIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var threshold = _options.GapThresholdPercent / 100m;
        var gaps = new List<TeamTrainingGap>();
        foreach (var kpi in _options.Metrics.Select(KpiCatalogue.Find).OfType<KpiDefinition>().Where(k => !Summed(k) && k.Key != KpiCatalogue.GrowthRate))
        {
            var teams = (await engine.MeasureEachAsync(kpi.Key, KpiScopeKind.Team, KpiScope.Company, from, to, cancellationToken))
                .Where(t => Comparable(kpi, t.Value)).ToDictionary(t => t.Key, t => t.Value);
            if (teams.Count < _options.MinimumPeers) continue;
            var median = TrainingStatistics.Median(teams.Values.Select(f => f.Value!.Value))!.Value;
            var best = teams.OrderBy(t => kpi.HigherIsBetter ? -t.Value.Value!.Value : t.Value.Value!.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
            foreach (var id in teamIds)
            {
                if (!teams.TryGetValue(id, out var figure)) continue;
                var shortfall = TrainingStatistics.Shortfall(figure.Value!.Value, median, kpi.HigherIsBetter);
                if (shortfall < threshold) continue;
                gaps.Add(new TeamTrainingGap(id, kpi.Key, figure.Value!.Value, figure.SampleSize, median, teams.Count, Math.Round(shortfall, 4),
                    best.Key == id ? null : best.Key, best.Key == id ? null : best.Value.Value));
            }
        }
        return [.. gaps.OrderByDescending(g => g.Severity).ThenBy(g => g.TeamId, StringComparer.Ordinal)];
    }

    /// <summary>Sums and counts mean something from zero rows; a rate or mean needs enough rows behind it.</summary>
    private bool Comparable(KpiDefinition kpi, KpiFigure figure) =>
        figure.Value is not null && (Summed(kpi) || figure.SampleSize >= _options.MinimumSample);

    private static bool Summed(KpiDefinition kpi) => kpi.Unit is KpiUnit.Currency or KpiUnit.Count;

    /// <summary>Every rep of the team on one KPI, measured once per team and reused for each member looked at.</summary>
    private async Task<Dictionary<string, KpiFigure>> TeamFiguresAsync(KpiDefinition kpi, string teamId, OrgSnapshot org, DateTimeOffset from, DateTimeOffset to,
        Dictionary<(string, string), Dictionary<string, KpiFigure>> cache, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((teamId, kpi.Key), out var known)) return known;
        var measured = await engine.MeasureEachAsync(kpi.Key, KpiScopeKind.Rep, KpiScope.Team(teamId, org.TeamName(teamId) ?? teamId), from, to, cancellationToken);
        // Only the team's reps make its median: a manager's own few orders are not a peer's figure. A rep with
        // no rows has zero revenue or new customers, and no rate at all.
        var figures = org.Users.Values.Where(u => u.Role == SalesRole.Rep && u.TeamId == teamId)
            .Select(u => (u.Id, Figure: measured.TryGetValue(u.Id, out var f) ? f : Summed(kpi) ? new KpiFigure(0m, 0) : KpiFigure.Empty))
            .ToDictionary(p => p.Id, p => p.Figure, StringComparer.Ordinal);
        cache[(teamId, kpi.Key)] = figures;
        return figures;
    }

    private async Task<KpiFigure> RepFigureAsync(KpiDefinition kpi, string repId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var figure = await engine.MeasureAsync(kpi.Key, KpiScope.Rep(repId, repId), from, to, cancellationToken);
        return figure.Value is null && Summed(kpi) ? new KpiFigure(0m, 0) : figure;
    }

    /// <summary>
    /// Targets are set per calendar month for reps (see Target). The comparison uses the complete months inside the
    /// window, and only when every one of them has a target: a target for one month set against three months'
    /// revenue would invent a gap. Sums add their months' targets up; rates and means take their average.
    /// </summary>
    private async Task<Dictionary<(string Rep, string Metric), (decimal Target, DateTimeOffset From, DateTimeOffset To)>> TargetsAsync(
        IReadOnlyList<SalesUser> reps, IReadOnlyList<KpiDefinition> metrics, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, string), (decimal, DateTimeOffset, DateTimeOffset)>();
        var months = CompleteMonths(from, to, zone);
        if (months.Count == 0 || reps.Count == 0) return result;
        var ids = reps.Select(r => r.Id).ToList();
        var keys = metrics.Select(m => m.Key).ToList();
        var (first, last) = (months[0].Start, months[^1].Start);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Targets.AsNoTracking()
            .Where(t => t.OwnerId != null && ids.Contains(t.OwnerId) && keys.Contains(t.Metric) && t.Period == TargetPeriod.Month && t.PeriodStart >= first && t.PeriodStart <= last)
            .Select(t => new { t.OwnerId, t.Metric, t.PeriodStart, t.Value })
            .ToListAsync(cancellationToken);
        foreach (var group in rows.GroupBy(r => (r.OwnerId!, r.Metric)))
        {
            var byMonth = group.GroupBy(r => r.PeriodStart).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
            if (months.Any(m => !byMonth.ContainsKey(m.Start))) continue;
            var kpi = KpiCatalogue.Get(group.Key.Metric);
            var total = months.Sum(m => byMonth[m.Start]);
            result[group.Key] = (Summed(kpi) ? total : total / months.Count, months[0].From, months[^1].To);
        }
        return result;
    }

    private static List<(DateOnly Start, DateTimeOffset From, DateTimeOffset To)> CompleteMonths(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var months = new List<(DateOnly, DateTimeOffset, DateTimeOffset)>();
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        var start = new DateTime(local.Year, local.Month, 1);
        if (start < local) start = start.AddMonths(1);
        for (; ; start = start.AddMonths(1))
        {
            var monthFrom = Instant(start, zone);
            var monthTo = Instant(start.AddMonths(1), zone);
            if (monthTo > to) break;
            months.Add((DateOnly.FromDateTime(start), monthFrom, monthTo));
        }
        return months;
    }

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
