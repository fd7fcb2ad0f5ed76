namespace SalesCoach.Data.Kpi;

/// <summary>One measured figure. Value is null when there was nothing to measure (no surveys, no closed deals).</summary>
/// <param name="SampleSize">How many rows the figure rests on (orders, surveys, closed deals ...), shown so a 5.0 from one survey is not mistaken for a trend.</param>
public sealed record KpiFigure(decimal? Value, long SampleSize)
{
    public static readonly KpiFigure Empty = new(null, 0);
}
