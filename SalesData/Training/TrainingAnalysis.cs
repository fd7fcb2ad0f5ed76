namespace SalesCoach.Data.Training;

/// <summary>The gaps of every rep looked at over one window [From, To), reps ranked by severity (those without gaps last).</summary>
public sealed record TrainingAnalysis(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<RepTrainingNeeds> Reps);
