namespace SalesCoach.Data.Demo;

/// <summary>Draws an index with probability proportional to its weight (binary search over the running total).</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++) _cumulative[i] = total += weights[i];
    }

    public int Sample(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return Math.Min(i >= 0 ? i + 1 : ~i, _cumulative.Length - 1);
    }
}
