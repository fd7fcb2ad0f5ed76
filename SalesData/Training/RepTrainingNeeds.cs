using SalesCoach.Data.Model;

namespace SalesCoach.Data.Training;

/// <summary>One rep's gaps, worst first.</summary>
public sealed record RepTrainingNeeds(SalesUser Rep, IReadOnlyList<TrainingGap> Gaps)
{
    /// <summary>The worst gap decides the rank: one large shortfall needs help sooner than several small ones.</summary>
    public decimal Severity => Gaps.Count == 0 ? 0m : Gaps.Max(g => g.Severity);
}
