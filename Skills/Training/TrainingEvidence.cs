using System.Globalization;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Training;

/// <summary>The evidence of a gap as people read it: "转化率 12.0% vs 团队中位数 21.0%，近90天（样本 25）；目标 …".</summary>
public sealed class TrainingEvidence(string currency)
{
    public string Line(TrainingGap gap, int days, string locale)
    {
        var kpi = KpiCatalogue.Get(gap.Metric);
        var parts = new List<string>();
        parts.Add(gap.TeamMedian is { } median
            ? Strings.Get(locale, "training.evidence.median", kpi.Name(locale), Value(kpi, gap.Value, locale), Value(kpi, median, locale), days)
            : Strings.Get(locale, "training.evidence.value", kpi.Name(locale), Value(kpi, gap.Value, locale), days));
        if (kpi.Unit is not (KpiUnit.Currency or KpiUnit.Count))
            parts[0] += Strings.Get(locale, "training.evidence.sample", gap.SampleSize.ToString("N0", CultureInfo.GetCultureInfo(locale)));
        if (gap.BelowTarget && gap.Target is { } target && gap.TargetActual is { } actual)
            parts.Add(Strings.Get(locale, "training.evidence.target", Value(kpi, actual, locale), Value(kpi, target, locale)));
        parts.Add(Strings.Get(locale, "training.evidence.severity", Percent(gap.Severity, locale)));
        return string.Join(TrainingSeparators.Clause(locale), parts);
    }

    /// <summary>"华北一组：客户响应时间 16.1 小时 vs 各团队中位数 2.0 小时，近90天（差 705.0%）".</summary>
    public string TeamLine(TeamTrainingGap gap, Data.Access.OrgSnapshot org, int days, string locale)
    {
        var kpi = KpiCatalogue.Get(gap.Metric);
        return Strings.Get(locale, "training.team.line", org.TeamName(gap.TeamId) ?? gap.TeamId, kpi.Name(locale), Value(kpi, gap.Value, locale),
            Value(kpi, gap.CompanyMedian, locale), gap.Teams, days, Percent(gap.Severity, locale));
    }

    /// <summary>"转化率 12.0% (差 42.9%)": the short form for the ranked view.</summary>
    public string Short(TrainingGap gap, string locale)
    {
        var kpi = KpiCatalogue.Get(gap.Metric);
        return Strings.Get(locale, "training.evidence.short", kpi.Name(locale), Value(kpi, gap.Value, locale), Percent(gap.Severity, locale));
    }

    public string Value(KpiDefinition kpi, decimal value, string locale) => KpiFormat.Value(kpi, value, currency, locale);

    private static string Percent(decimal fraction, string locale) =>
        (fraction * 100m).ToString("0.0", CultureInfo.GetCultureInfo(locale)) + "%";
}
