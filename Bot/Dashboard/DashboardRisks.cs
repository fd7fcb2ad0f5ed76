using SalesCoach.Bot.Hosting;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Risk;

namespace SalesCoach.Bot.Dashboard;

/// <summary>The scope's latest risk check as the chat saved it: the 5×5 matrix (likelihood × impact) and the register, highest score first.</summary>
public sealed class DashboardRisks(RiskAssessmentStore store, CompanyClock clock)
{
    public async Task<DashboardRiskView> LatestAsync(DashboardView view, CancellationToken cancellationToken)
    {
        var latest = await store.LatestAsync(view.ScopeToken, cancellationToken);
        if (latest is null) return new DashboardRiskView(null, null, null, []);
        var assessedAt = TimeZoneInfo.ConvertTime(latest.AssessedAt, clock.LocalTimeZone);
        var register = RiskResultBuilder.Ranked(latest).Select(r => new DashboardRisk(
            r.RiskKey, RiskText.Name(view.Locale, r.RiskKey), r.Likelihood, r.Impact, r.Score,
            r.Level.ToString().ToLowerInvariant(), RiskText.Level(view.Locale, r.Level), RiskText.Response(view.Locale, r.Response),
            r.OwnerName, RiskText.Date(r.DueDate), r.Evidence)).ToList();
        return new DashboardRiskView(latest.Id, assessedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), latest.AssessedByName, register);
    }
}

/// <param name="AssessedAt">Company time, "yyyy-MM-dd HH:mm"; null when the scope was never assessed.</param>
public sealed record DashboardRiskView(long? AssessmentId, string? AssessedAt, string? AssessedBy, IReadOnlyList<DashboardRisk> Register);

public sealed record DashboardRisk(string Key, string Name, int Likelihood, int Impact, int Score, string Level, string LevelText,
    string Response, string Owner, string DueDate, string? Evidence);
