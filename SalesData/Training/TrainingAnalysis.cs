namespace SalesCoach.Data.Training;

/// <summary>
/// The gaps of every rep looked at over one window [From, To), reps ranked by severity (those without gaps last),
/// and for a team, region or company view the gaps of its teams against the other teams.
/// </summary>
public sealed record TrainingAnalysis(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<RepTrainingNeeds> Reps)
{
    public IReadOnlyList<TeamTrainingGap> TeamGaps { get; init; } = [];
}
