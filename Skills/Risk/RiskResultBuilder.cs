using SalesCoach.Data.Risk;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Risk;

/// <summary>Turns a finished draft into the saved assessment, and an assessment (with the one before it) into the result reply.</summary>
/// <param name="links">Dashboard deep links; without a configured public base URL the card has no dashboard button.</param>
public sealed class RiskResultBuilder(RiskHeatMap heatMap, Dashboard.DashboardLinks? links = null)
{
    public static RiskAssessment ToAssessment(RiskDraft draft, string locale, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var assessment = new RiskAssessment
        {
            ScopeKey = draft.Scope.Key, ScopeName = draft.Scope.Display(locale),
            AssessedById = draft.ViewerId, AssessedByName = draft.ViewerName, AssessedAt = now, Locale = locale,
        };
        foreach (var item in draft.Items.Where(i => i is { Skipped: false, Likelihood: not null, Impact: not null }))
        {
            var risk = RiskCatalogue.Find(item.Key)!;
            var rating = new RiskRating
            {
                RiskKey = item.Key, OwnerId = draft.OwnerId, OwnerName = draft.OwnerName,
                Evidence = item.Signal is { } s ? RiskText.Evidence(locale, s) : null,
                FromSignal = item.Signal is { } signal && signal.Likelihood == item.Likelihood && signal.Impact == item.Impact,
            };
            rating.Rate(risk, item.Likelihood!.Value, item.Impact!.Value);
            rating.DueDate = today.AddDays(RiskMatrix.DueInDays(rating.Level));
            assessment.Ratings.Add(rating);
        }
        return assessment;
    }

    /// <summary>Highest score first; ties by likelihood, then in catalogue order.</summary>
    public static IReadOnlyList<RiskRating> Ranked(RiskAssessment assessment) => assessment.Ratings
        .OrderByDescending(r => r.Score).ThenByDescending(r => r.Likelihood)
        .ThenBy(r => CatalogueOrder.GetValueOrDefault(r.RiskKey, int.MaxValue)).ToList();

    private static readonly Dictionary<string, int> CatalogueOrder = RiskCatalogue.All.Select((r, i) => (r.Key, i)).ToDictionary(p => p.Key, p => p.i);

    public static IReadOnlyList<RiskComparisonLine> Compare(RiskAssessment current, RiskAssessment? previous)
    {
        if (previous is null) return [];
        var before = previous.Ratings.ToDictionary(r => r.RiskKey, r => r.Score);
        var now = current.Ratings.ToDictionary(r => r.RiskKey, r => r.Score);
        return RiskCatalogue.All.Where(d => before.ContainsKey(d.Key) || now.ContainsKey(d.Key))
            .Select(d => new RiskComparisonLine(d.Key, before.TryGetValue(d.Key, out var p) ? p : null, now.TryGetValue(d.Key, out var c) ? c : null))
            .ToList();
    }

    /// <param name="zone">The company calendar: when it was assessed is shown in company time.</param>
    public Reply Build(string locale, RiskAssessment assessment, RiskAssessment? previous, string header, TimeZoneInfo zone)
    {
        var ranked = Ranked(assessment);
        var counts = Enum.GetValues<RiskLevel>().ToDictionary(l => l, l => ranked.Count(r => r.Level == l));
        var summary = Strings.Get(locale, "risk.result.saved", assessment.ScopeName,
            TimeZoneInfo.ConvertTime(assessment.AssessedAt, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            assessment.AssessedByName, counts[RiskLevel.High], counts[RiskLevel.Medium], counts[RiskLevel.Low]);
        var lines = new List<string> { header + summary, string.Empty, Strings.Get(locale, "risk.result.registerTitle") };
        for (var i = 0; i < ranked.Count; i++)
        {
            var r = ranked[i];
            lines.Add(Strings.Get(locale, "risk.result.row", i + 1, RiskText.Name(locale, r.RiskKey), r.Likelihood, r.Impact, r.Score,
                RiskText.Level(locale, r.Level), RiskText.Response(locale, r.Response), r.OwnerName, RiskText.Date(r.DueDate)));
        }
        var comparison = ComparisonLines(locale, assessment, previous, zone);
        lines.Add(string.Empty);
        lines.AddRange(comparison);
        lines.Add(Strings.Get(locale, "risk.result.edit"));

        var png = heatMap.Draw(Strings.Get(locale, "risk.result.title", assessment.ScopeName), Strings.Get(locale, "risk.chart.likelihood"),
            Strings.Get(locale, "risk.chart.impact"), ranked.Select((r, i) => (i + 1, r.Likelihood, r.Impact)).ToList());
        var card = RiskResultCard.Build(locale, assessment, ranked, png, summary, comparison, links?.OpenAction(locale, assessment.ScopeKey, null, null));
        return new Reply(string.Join("\n", lines), card);
    }

    private static List<string> ComparisonLines(string locale, RiskAssessment assessment, RiskAssessment? previous, TimeZoneInfo zone)
    {
        if (previous is null) return [Strings.Get(locale, "risk.result.firstTime")];
        var lines = new List<string> { Strings.Get(locale, "risk.result.compareTitle", TimeZoneInfo.ConvertTime(previous.AssessedAt, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) };
        foreach (var line in Compare(assessment, previous))
        {
            var name = RiskText.Name(locale, line.RiskKey);
            lines.Add(line switch
            {
                // Numbers and an arrow read the same in both languages: "客户集中度风险 12 → 16 ↑".
                { Previous: { } p, Current: { } c } => $"- {name} {p} → {c} {line.Arrow}",
                { Current: { } c } => "- " + Strings.Get(locale, "risk.result.compareNew", name, c),
                { Previous: { } p } => "- " + Strings.Get(locale, "risk.result.compareDropped", name, p),
                _ => string.Empty,
            });
        }
        return lines;
    }
}
