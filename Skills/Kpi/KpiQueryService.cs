using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// Answers a KPI question for a viewer: resolves the scope, checks what the viewer may see before any
/// figure is computed, measures the period and the one it is compared with, and adds what the question
/// asked for (a ranking, a comparison of two scopes, the channels, a trend, the target).
/// </summary>
public sealed class KpiQueryService(KpiEngine engine, SalesOrganisation organisation, TimeProvider clock)
{
    public TimeZoneInfo Zone => clock.LocalTimeZone;

    /// <summary>The same service measuring in <paramref name="zone"/> (null or the company's own: this one).</summary>
    public KpiQueryService InZone(TimeZoneInfo? zone) =>
        zone is null || zone.Id == Zone.Id ? this : new KpiQueryService(engine, organisation, new ZonedClock(clock, zone));

    public async Task<KpiAnswer> AnswerAsync(KpiQuestion question, SalesViewer? viewer, string locale, CancellationToken cancellationToken = default)
    {
        if (KpiCatalogue.Find(question.Metric) is not { } kpi) return KpiAnswer.Problem("unknownMetric", question.Metric);
        if (question.Definition) return Define(kpi, locale);
        if (viewer is null) return KpiAnswer.Refuse(AccessReasons.UnknownUser, locale);

        var org = await organisation.GetAsync(cancellationToken);
        var (scope, problem) = ResolveScope(question.Scope, viewer, org);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        var period = question.PeriodStart is { } start && question.PeriodEnd is { } end
            ? KpiPeriod.FromRange(start, end, Zone)
            : KpiPeriod.Current(KpiGranularity.Month, now, Zone);
        if (period.From >= now) return KpiAnswer.Problem("futurePeriod", Label(period.From, period.To, locale));

        if (question.Rank is { } rank && scope!.Kind != KpiScopeKind.Rep)
            return await RankAsync(kpi, rank, scope, period, viewer, org, locale, now, cancellationToken);

        var decision = CanSee(viewer, scope!, org);
        if (!decision.Allowed) return KpiAnswer.Refuse(decision.Reason!, locale);
        KpiScope? versus = null;
        if (question.Versus is not null)
        {
            var (other, otherProblem) = ResolveScope(question.Versus, viewer, org);
            if (otherProblem is not null) return otherProblem;
            var otherDecision = CanSee(viewer, other!, org);
            if (!otherDecision.Allowed) return KpiAnswer.Refuse(otherDecision.Reason!, locale);
            versus = other;
        }

        var (from, to, partial) = period.Measured(now);
        var answer = Header(kpi, scope!, from, to, partial, viewer, locale) with { AskedTo = TimeZoneInfo.ConvertTime(period.To, Zone) };
        var (previousFrom, previousTo) = question.YearOnYear ? YearAgo(period, now) : period.PreviousMeasured(now, Zone);
        // The same stretch of the period before ("11-01 to 11-03" beside "12-01 to 12-03") is not that whole month: dates only.
        var previousPeriod = Period(previousFrom, previousTo, partial, locale, nameIt: false);

        if (kpi.Key == KpiCatalogue.GrowthRate)
        {
            // The two revenues are both shown and the rate is made from them: measured once.
            var revenue = await engine.MeasureAsync(KpiCatalogue.Revenue, scope!, from, to, cancellationToken);
            var before = await engine.MeasureAsync(KpiCatalogue.Revenue, scope!, previousFrom, previousTo, cancellationToken);
            var growth = KpiEngine.Growth(revenue, before);
            answer = answer with { Value = growth.Value, SampleSize = growth.SampleSize, Basis = new KpiAnswerGrowthBasis(revenue.Value, before.Value, previousPeriod) };
        }
        else
        {
            var figure = await engine.MeasureAsync(kpi.Key, scope!, from, to, cancellationToken);
            var earlier = await engine.MeasureAsync(kpi.Key, scope!, previousFrom, previousTo, cancellationToken);
            answer = answer with
            {
                Value = figure.Value,
                SampleSize = figure.SampleSize,
                Comparison = Compare(question.YearOnYear ? "year" : "previous", previousPeriod, figure.Value, earlier.Value, kpi.Unit),
            };
            if (kpi.Key == KpiCatalogue.ChannelEfficiency)
                answer = answer with { Channels = [.. (await engine.ChannelsAsync(scope!, from, to, cancellationToken)).Select(c => new KpiAnswerChannel(c.Channel, c.Revenue, c.Orders, c.AverageOrderValue, c.SharePercent))] };
            if (await TargetAsync(kpi, scope!, period, cancellationToken) is { } target)
                answer = answer with { Target = new KpiAnswerTarget(target, target == 0 || figure.Value is null ? null : Math.Round(figure.Value.Value / target * 100m, 1)) };
        }
        if (versus is not null)
        {
            var other = kpi.Key == KpiCatalogue.GrowthRate
                ? await engine.GrowthAsync(versus, from, to, previousFrom, previousTo, cancellationToken)
                : await engine.MeasureAsync(kpi.Key, versus, from, to, cancellationToken);
            answer = answer with { Versus = new KpiAnswerVersus(Describe(versus, locale), other.Value, answer.Value - other.Value) };
        }
        if (question.Trend is { } steps)
            answer = answer with { Trend = await TrendAsync(kpi, scope!, period, Math.Clamp(steps, 2, 24), now, locale, cancellationToken) };
        return answer;
    }

    private async Task<KpiAnswer> RankAsync(KpiDefinition kpi, string rank, KpiScope within, KpiPeriod period, SalesViewer viewer, OrgSnapshot org, string locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parts = rank.Split(':');
        var level = parts[0] switch { "region" => KpiScopeKind.Region, "team" => KpiScopeKind.Team, _ => KpiScopeKind.Rep };
        var top = parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : 5;
        var bottom = parts.Length > 2 && parts[2] == "bottom";
        // A ranking of a level no wider than its scope means nothing ("rank the regions of 华东一组"): rank reps instead.
        if ((level == KpiScopeKind.Region && within.Kind is KpiScopeKind.Region or KpiScopeKind.Team) || (level == KpiScopeKind.Team && within.Kind == KpiScopeKind.Team))
            level = KpiScopeKind.Rep;
        var decision = SalesAccess.CanRank(viewer, level, within);
        if (!decision.Allowed) return KpiAnswer.Refuse(decision.Reason!, locale);

        var (from, to, partial) = period.Measured(now);
        var figures = await engine.MeasureEachAsync(kpi.Key, level, within, from, to, cancellationToken);
        var better = kpi.HigherIsBetter != bottom;
        var ordered = figures.Where(f => f.Value.Value is not null)
            .OrderBy(f => better ? -f.Value.Value!.Value : f.Value.Value!.Value)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(top)
            .Select((f, i) => new KpiAnswerRow(i + 1, f.Key, NameOf(level, f.Key, org), f.Value.Value, f.Value.SampleSize))
            .ToList();
        return Header(kpi, within, from, to, partial, viewer, locale) with { Ranking = ordered, RankedLevel = level.ToString(), AskedTo = TimeZoneInfo.ConvertTime(period.To, Zone) };
    }

    /// <summary>What every figure answer starts with: the KPI, the measured period, whose figures, and who asked.</summary>
    private KpiAnswer Header(KpiDefinition kpi, KpiScope scope, DateTimeOffset from, DateTimeOffset to, bool partial, SalesViewer viewer, string locale) => new()
    {
        Metric = kpi.Key,
        MetricName = kpi.Name(locale),
        Unit = UnitName(kpi.Unit, engine.Currency),
        Period = Period(from, to, partial, locale),
        Scope = Describe(scope, locale),
        DemoStandIn = viewer.IsDemoStandIn,
        StandInName = viewer.IsDemoStandIn ? viewer.Name : null,
    };

    /// <summary>"什么是客户响应时间?": the catalogue's definition and formula, no data and no permission involved.</summary>
    public KpiAnswer Define(KpiDefinition kpi, string locale) =>
        new() { Metric = kpi.Key, MetricName = kpi.Name(locale), Unit = UnitName(kpi.Unit, engine.Currency), Definition = kpi.Definition(locale), Formula = kpi.Formula(locale) };

    private async Task<IReadOnlyList<KpiAnswerPoint>> TrendAsync(KpiDefinition kpi, KpiScope scope, KpiPeriod period, int steps, DateTimeOffset now, string locale, CancellationToken cancellationToken)
    {
        // A trend steps by the question's own calendar unit; a custom range steps by month.
        var anchor = period.Granularity == KpiGranularity.Custom ? KpiPeriod.Current(KpiGranularity.Month, period.To.AddTicks(-1), Zone) : period;
        var points = new List<KpiAnswerPoint>();
        for (var i = steps - 1; i >= 0; i--)
        {
            var step = anchor.Shift(-i, Zone);
            var (from, to, _) = step.Measured(now);
            if (from >= now) continue;
            var (previousFrom, previousTo) = step.PreviousMeasured(now, Zone);
            var figure = kpi.Key == KpiCatalogue.GrowthRate
                ? await engine.GrowthAsync(scope, from, to, previousFrom, previousTo, cancellationToken)
                : await engine.MeasureAsync(kpi.Key, scope, from, to, cancellationToken);
            points.Add(new KpiAnswerPoint(from, ShortLabel(step, locale), figure.Value));
        }
        return points;
    }

    private async Task<decimal?> TargetAsync(KpiDefinition kpi, KpiScope scope, KpiPeriod period, CancellationToken cancellationToken)
    {
        TargetPeriod? unit = period.Granularity switch
        {
            KpiGranularity.Month => TargetPeriod.Month,
            KpiGranularity.Quarter => TargetPeriod.Quarter,
            KpiGranularity.Year => TargetPeriod.Year,
            _ => null,
        };
        if (unit is null) return null;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(period.From, Zone).DateTime);
        return await engine.TargetAsync(kpi.Key, scope, unit.Value, start, cancellationToken);
    }

    private static AccessDecision CanSee(SalesViewer viewer, KpiScope scope, OrgSnapshot org) =>
        SalesAccess.CanSee(viewer, scope, scope.Kind == KpiScopeKind.Rep && org.Users.TryGetValue(scope.Id!, out var rep) ? rep.TeamId : null);

    /// <summary>A scope token from the form (see KpiEntityNames.Scope) as a scope of the data, or why it cannot be one.</summary>
    public static (KpiScope? Scope, KpiAnswer? Problem) ResolveScope(string? token, SalesViewer viewer, OrgSnapshot org)
    {
        if (token is null) return (SalesAccess.DefaultScope(viewer, org.TeamName(viewer.TeamId)), null);
        var colon = token.IndexOf(':');
        var (kind, id) = colon < 0 ? (token, string.Empty) : (token[..colon], token[(colon + 1)..]);
        switch (kind)
        {
            case "self":
                return (KpiScope.Rep(viewer.UserId, viewer.Name), null);
            case "myteam":
                return viewer.TeamId is { } team
                    ? (KpiScope.Team(team, org.TeamName(team) ?? team), null)
                    : (SalesAccess.DefaultScope(viewer, null), null);
            case "company":
                return (KpiScope.Company, null);
            case "region" when org.Regions.TryGetValue(id, out var region):
                return (KpiScope.Region(region.Id, region.Name), null);
            case "team" when org.Teams.TryGetValue(id, out var t):
                return (KpiScope.Team(t.Id, t.Name), null);
            case "rep" when org.Users.TryGetValue(id, out var user):
                return (KpiScope.Rep(user.Id, user.Name), null);
            case "customer":
                return (null, KpiAnswer.Problem("customerScope", id));
            default:
                return (null, KpiAnswer.Problem("unknownScope", id.Length > 0 ? id : token));
        }
    }

    private static KpiAnswerComparison Compare(string kind, KpiAnswerPeriod period, decimal? value, decimal? earlier, KpiUnit unit)
    {
        decimal? change = value is not null && earlier is not null ? value - earlier : null;
        decimal? percent = change is not null && earlier is not null && earlier != 0 && unit != KpiUnit.Percent
            ? Math.Round(change.Value / Math.Abs(earlier.Value) * 100m, 1)
            : null;
        return new KpiAnswerComparison(kind, period, earlier, change, percent);
    }

    private (DateTimeOffset From, DateTimeOffset To) YearAgo(KpiPeriod period, DateTimeOffset now)
    {
        var (from, to, _) = period.Measured(now);
        DateTimeOffset Back(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, Zone).DateTime.AddYears(-1);
            return new DateTimeOffset(local, Zone.GetUtcOffset(local));
        }
        return (Back(from), Back(to));
    }

    private static KpiAnswerScope Describe(KpiScope scope, string locale) =>
        new(scope.Kind.ToString().ToLowerInvariant(), scope.Id, scope.Display(locale));

    private static string NameOf(KpiScopeKind level, string id, OrgSnapshot org) => level switch
    {
        KpiScopeKind.Rep => org.Users.TryGetValue(id, out var u) ? u.Name : id,
        KpiScopeKind.Team => org.Teams.TryGetValue(id, out var t) ? t.Name : id,
        _ => org.Regions.TryGetValue(id, out var r) ? r.Name : id,
    };

    /// <summary>A measured range as answers show it: instants in the company time zone, with its label.</summary>
    private KpiAnswerPeriod Period(DateTimeOffset from, DateTimeOffset to, bool partial, string locale, bool nameIt = true) =>
        new(TimeZoneInfo.ConvertTime(from, Zone), TimeZoneInfo.ConvertTime(to, Zone), nameIt ? Named(from, to, partial, locale) : Label(from, to, locale), partial);

    /// <summary>
    /// "2026年12月 · 2026-12-01 至 2026-12-03" / "December 2026 · 2026-12-01 to 2026-12-03": a whole calendar month, quarter
    /// or year (or its part up to now) is named as people say it, so "上个月的呢" is answered with "11月" on screen, not
    /// only with dates to decode. Any other range keeps its dates alone.
    /// </summary>
    private string Named(DateTimeOffset from, DateTimeOffset to, bool partial, string locale)
    {
        var dates = Label(from, to, locale);
        var name = CalendarNames.Name(TimeZoneInfo.ConvertTime(from, Zone).DateTime, TimeZoneInfo.ConvertTime(to, Zone).DateTime, partial, locale);
        return name is null ? dates : $"{name} · {dates}";
    }

    /// <summary>"2026-10-01 至 2026-12-31" / "2026-10-01 to 2026-12-31": the exact dates, end inclusive as people say them.</summary>
    public string Label(DateTimeOffset from, DateTimeOffset to, string locale)
    {
        var start = TimeZoneInfo.ConvertTime(from, Zone).DateTime;
        var endExclusive = TimeZoneInfo.ConvertTime(to, Zone).DateTime;
        var last = endExclusive.TimeOfDay == TimeSpan.Zero ? endExclusive.AddDays(-1) : endExclusive;
        var separator = locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? " 至 " : " to ";
        return start.Date == last.Date ? $"{start:yyyy-MM-dd}" : $"{start:yyyy-MM-dd}{separator}{last:yyyy-MM-dd}";
    }

    private string ShortLabel(KpiPeriod period, string locale)
    {
        var start = TimeZoneInfo.ConvertTime(period.From, Zone).DateTime;
        var zh = locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return period.Granularity switch
        {
            KpiGranularity.Quarter => zh ? $"{start.Year}Q{(start.Month - 1) / 3 + 1}" : $"Q{(start.Month - 1) / 3 + 1} {start.Year}",
            KpiGranularity.Year => $"{start.Year}",
            KpiGranularity.Day or KpiGranularity.Week => $"{start:MM-dd}",
            _ => $"{start:yyyy-MM}",
        };
    }

    private static string UnitName(KpiUnit unit, string currency) => unit switch
    {
        KpiUnit.Currency => currency,
        KpiUnit.Percent => "percent",
        KpiUnit.Count => "count",
        KpiUnit.Hours => "hours",
        _ => "score",
    };
}
