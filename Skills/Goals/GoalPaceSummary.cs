using SalesCoach.Data.Goals;

namespace SalesCoach.Skills.Goals;

/// <summary>One goal's pace in a line, for the daily digest: the goal, % achieved, where a steady pace would be, and the line in both languages.</summary>
public sealed record GoalPaceSummary(Goal Goal, decimal? PercentAchieved, decimal ExpectedPercent, bool OnTrack, string SummaryZh, string SummaryEn)
{
    public string Summary(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? SummaryZh : SummaryEn;
}
