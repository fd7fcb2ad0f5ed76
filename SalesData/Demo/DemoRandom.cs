namespace SalesCoach.Data.Demo;

/// <summary>
/// Helpers over System.Random. `new Random(seed)` keeps its documented legacy algorithm across .NET
/// versions, which is what makes the demo reproducible. Each part of the company gets its own stream,
/// so changing how orders are drawn does not reshuffle the customers.
/// </summary>
internal static class DemoRandom
{
    public static Random For(int part) => new(DemoPlan.Seed + part * 7919);

    /// <summary>Log-normal around a median: amounts and waiting times are skewed, with a long tail.</summary>
    public static double LogNormal(this Random random, double median, double sigma) =>
        median * Math.Exp(sigma * random.Normal());

    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static decimal Money(double value) => Math.Round((decimal)value, 2);
}
