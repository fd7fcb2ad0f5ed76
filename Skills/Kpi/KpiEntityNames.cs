namespace SalesCoach.Skills.Kpi;

/// <summary>
/// The KPI form's own entities, read by <see cref="KpiEntityReader"/> (the shared recogniser leaves team and
/// region names unlabelled). Values are small tokens that survive conversation state as strings.
/// </summary>
public static class KpiEntityNames
{
    /// <summary>Whose figures: "self", "myteam", "company", "region:ID", "team:ID", "rep:ID", "unknown:NAME", "customer:NAME".</summary>
    public const string Scope = "kpi_scope";
    /// <summary>The second scope of a comparison ("华东比华南高多少"), same tokens as the scope.</summary>
    public const string Versus = "kpi_versus";
    /// <summary>A ranking: "rep:5", "team:3", "region:3".</summary>
    public const string Rank = "kpi_rank";
    /// <summary>"year": compare with the same period a year earlier (同比) instead of the previous one (环比).</summary>
    public const string Compare = "kpi_compare";
    /// <summary>"6": show the trend over the last N periods.</summary>
    public const string Trend = "kpi_trend";
    /// <summary>"yes": the user asks what the KPI means, not its value.</summary>
    public const string Define = "kpi_define";
}
