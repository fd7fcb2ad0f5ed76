namespace SalesCoach.Skills.Goals;

/// <summary>A goal as the form collected it, before anyone checked who may set it or whether it is SMART.</summary>
/// <param name="OwnerToken">A scope token (see GoalEntityNames.Owner); null: the asker's default owner.</param>
/// <param name="Start">Null: the goal runs from today.</param>
public sealed record GoalRequest(string? OwnerToken, string Metric, decimal Target, DateTimeOffset? Start, DateTimeOffset Deadline);
