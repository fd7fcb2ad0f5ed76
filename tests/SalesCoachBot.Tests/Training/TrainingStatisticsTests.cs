using SalesCoach.Data.Training;

namespace SalesCoach.Tests.Training;

public sealed class TrainingStatisticsTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2)]
    [InlineData(new double[] { 10, 40, 30, 20 }, 25)]
    [InlineData(new double[] { 2, 2, 10, 2.5 }, 2.25)]
    [InlineData(new double[] { 7 }, 7)]
    public void TheMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes(double[] values, double expected) =>
        Assert.Equal((decimal)expected, TrainingStatistics.Median(values.Select(v => (decimal)v)));

    [Fact]
    public void NoValuesHaveNoMedian() => Assert.Null(TrainingStatistics.Median([]));

    [Theory]
    // Higher is better (conversion): 10% against 25% is 60% short; 30% is not short at all.
    [InlineData(10, 25, true, 0.6)]
    [InlineData(30, 25, true, -0.2)]
    // Lower is better (hours): 10 h against 2.5 h is 300% slower; 2 h is better.
    [InlineData(10, 2.5, false, 3)]
    [InlineData(2, 2.5, false, -0.2)]
    public void AShortfallIsRelativeAndKnowsWhichWayIsBetter(double value, double reference, bool higherIsBetter, double expected) =>
        Assert.Equal((decimal)expected, TrainingStatistics.Shortfall((decimal)value, (decimal)reference, higherIsBetter));

    [Fact]
    public void AZeroReferenceGivesNoShortfall() => Assert.Equal(0m, TrainingStatistics.Shortfall(5m, 0m, true));
}
