using SalesCoach.Data.Goals;

namespace SalesCoach.Tests.Goals;

/// <summary>Pace, forecast and weekly need on a 28-day goal with known figures.</summary>
public sealed class GoalPaceCalculatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = Start.AddDays(28);

    [Fact]
    public void ATotalHalfwayIsMeasuredAgainstTimeElapsed()
    {
        // 14 of 28 days gone, 400 of 1000 reached: 40% vs 50% expected, forecast 800, 600 over 2 weeks = 300 a week.
        var pace = GoalPaceCalculator.Compute(400m, 1000m, isTotal: true, higherIsBetter: true, Start, Deadline, Start.AddDays(14));
        Assert.Equal(40.0m, pace.PercentAchieved);
        Assert.Equal(50.0m, pace.ExpectedPercent);
        Assert.Equal(800m, pace.Forecast);
        Assert.Equal(300m, pace.NeededPerWeek);
        Assert.False(pace.OnTrack);
    }

    [Fact]
    public void ATotalAheadOfPaceIsOnTrack()
    {
        var pace = GoalPaceCalculator.Compute(700m, 1000m, true, true, Start, Deadline, Start.AddDays(14));
        Assert.True(pace.OnTrack);
        Assert.Equal(1400m, pace.Forecast);
    }

    [Fact]
    public void ALevelIsJudgedByWhetherItMeetsTheTargetInItsDirection()
    {
        var slow = GoalPaceCalculator.Compute(6m, 5m, isTotal: false, higherIsBetter: false, Start, Deadline, Start.AddDays(7));
        Assert.False(slow.OnTrack);
        Assert.Equal(83.3m, slow.PercentAchieved);
        Assert.Null(slow.NeededPerWeek);
        var fast = GoalPaceCalculator.Compute(4m, 5m, false, false, Start, Deadline, Start.AddDays(7));
        Assert.True(fast.OnTrack);
    }

    [Fact]
    public void AGoalNotYetStartedIsNotBehind()
    {
        var pace = GoalPaceCalculator.Compute(0m, 1000m, true, true, Start, Deadline, Start.AddDays(-3));
        Assert.True(pace.OnTrack);
        Assert.Equal(0m, pace.ExpectedPercent);
    }
}
