using SalesCoach.Data.Access;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>No goals known: the digest shows its "no goals set" line.</summary>
public sealed class NoGoalPaceSource : IGoalPaceSource
{
    public Task<IReadOnlyList<string>> PaceLinesAsync(SalesViewer viewer, string locale, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
