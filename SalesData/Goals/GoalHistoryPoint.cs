namespace SalesCoach.Data.Goals;

/// <summary>One past period [From, To) and the owner's value in it (null: nothing to measure).</summary>
public sealed record GoalHistoryPoint(DateTimeOffset From, DateTimeOffset To, decimal? Value);
