using SalesCoach.Data.Access;
using SalesCoach.Skills.Reminders.Digest;

namespace SalesCoach.Skills.Goals;

/// <summary>The daily digest's goal lines: one per active goal the reader is accountable for, in their language.</summary>
public sealed class GoalDigestPaceSource(GoalProgressService progress) : IGoalPaceSource
{
    public async Task<IReadOnlyList<string>> PaceLinesAsync(SalesViewer viewer, string locale, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var summaries = await progress.PaceSummariesAsync(viewer, now, cancellationToken);
        return summaries.Select(s => s.Summary(locale)).ToList();
    }
}
