using SalesCoach.Data.Access;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>
/// The digest's goal-pace lines ("月度销售额目标完成 62%,时间过半"). The goals skill plugs in its own; until
/// then <see cref="NoGoalPaceSource"/> reports none and the digest says so.
/// </summary>
public interface IGoalPaceSource
{
    Task<IReadOnlyList<string>> PaceLinesAsync(SalesViewer viewer, string locale, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken);
}
