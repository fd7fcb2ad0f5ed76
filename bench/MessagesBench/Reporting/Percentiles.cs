namespace SalesCoach.Bench.Reporting;

public static class Percentiles
{
    /// <summary>Nearest-rank percentile (no interpolation): the value a real turn actually took.</summary>
    public static double Of(double[] sorted, double percentile)
    {
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
