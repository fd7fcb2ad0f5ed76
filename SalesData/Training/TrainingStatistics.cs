namespace SalesCoach.Data.Training;

/// <summary>The two small pieces of arithmetic gap finding rests on, kept apart so tests can pin them.</summary>
public static class TrainingStatistics
{
    /// <summary>The median; the mean of the two middle values for an even count. Null for no values.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>
    /// How much worse <paramref name="value"/> is than <paramref name="reference"/>, relative to it (0.4 = 40% worse);
    /// zero or less when it is as good or better. Direction aware: for times, higher is worse.
    /// </summary>
    public static decimal Shortfall(decimal value, decimal reference, bool higherIsBetter)
    {
        if (reference == 0) return 0m;
        var worse = higherIsBetter ? reference - value : value - reference;
        return worse / Math.Abs(reference);
    }
}
