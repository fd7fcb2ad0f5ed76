using SalesCoach.Data.Goals;

namespace SalesCoach.Tests.Goals;

/// <summary>The achievability rule on hand-computed histories (newest first).</summary>
public sealed class AchievabilityCheckTests
{
    [Fact]
    public void ATargetAboveTheBestPastGrowthIsAStretch()
    {
        // 1000 -> 1200 (+20%) -> 1500 (+25%); 2000 needs +33.3% on 1500.
        var a = AchievabilityCheck.Assess([1500m, 1200m, 1000m], 2000m, higherIsBetter: true, inPoints: false);
        Assert.Equal(AchievabilityVerdict.Stretch, a.Verdict);
        Assert.Equal(1500m, a.Baseline);
        Assert.Equal(33.3m, a.Needed);
        Assert.Equal(25.0m, a.Best);
        Assert.Equal(0, a.BestFrom);
    }

    [Fact]
    public void ATargetWithinTheBestPastGrowthIsRealistic()
    {
        var a = AchievabilityCheck.Assess([1500m, 1200m, 1000m], 1800m, true, false);
        Assert.Equal(AchievabilityVerdict.Realistic, a.Verdict);
        Assert.Equal(20.0m, a.Needed);
    }

    [Fact]
    public void ForLowerIsBetterMetricsAFallIsTheImprovement()
    {
        // Response time 10h -> 8h (-20%) -> 6h (-25%): 5h needs a 16.7% fall, 4h a 33.3% fall.
        var realistic = AchievabilityCheck.Assess([6m, 8m, 10m], 5m, higherIsBetter: false, inPoints: false);
        Assert.Equal(AchievabilityVerdict.Realistic, realistic.Verdict);
        Assert.Equal(16.7m, realistic.Needed);
        Assert.Equal(25.0m, realistic.Best);
        var stretch = AchievabilityCheck.Assess([6m, 8m, 10m], 4m, false, false);
        Assert.Equal(AchievabilityVerdict.Stretch, stretch.Verdict);
        Assert.Equal(33.3m, stretch.Needed);
    }

    [Fact]
    public void PercentagesAreComparedInPoints()
    {
        // Conversion 18% -> 20% (+2 pts) -> 21% (+1 pt); 25% needs +4 pts.
        var a = AchievabilityCheck.Assess([21m, 20m, 18m], 25m, true, inPoints: true);
        Assert.Equal(AchievabilityVerdict.Stretch, a.Verdict);
        Assert.Equal(4.0m, a.Needed);
        Assert.Equal(2.0m, a.Best);
    }

    [Fact]
    public void NoBaselineMeansNoJudgementAndAMetTargetIsSaidSo()
    {
        Assert.Equal(AchievabilityVerdict.NoHistory, AchievabilityCheck.Assess([0m, 500m], 100m, true, false).Verdict);
        Assert.Equal(AchievabilityVerdict.NoHistory, AchievabilityCheck.Assess([], 100m, true, false).Verdict);
        Assert.Equal(AchievabilityVerdict.AlreadyMet, AchievabilityCheck.Assess([1500m, 1200m], 1400m, true, false).Verdict);
        Assert.Equal(AchievabilityVerdict.NoGrowthRecord, AchievabilityCheck.Assess([1500m], 1600m, true, false).Verdict);
    }

    [Fact]
    public void GapsInTheHistoryAreSkippedNotTreatedAsZeroGrowth()
    {
        // 0 -> 1000 cannot be a relative change; the only measurable one is 1000 -> 1100 (+10%).
        var a = AchievabilityCheck.Assess([1100m, 1000m, 0m, null], 1300m, true, false);
        Assert.Equal(10.0m, a.Best);
        Assert.Equal(18.2m, a.Needed);
        Assert.Equal(AchievabilityVerdict.Stretch, a.Verdict);
    }
}
