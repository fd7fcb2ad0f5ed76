namespace SalesCoach.Data.Demo;

/// <summary>What a seed wrote (or that it wrote nothing because data was already there).</summary>
public sealed record DemoSeedResult(bool Seeded, DateOnly Anchor, TimeSpan Elapsed, IReadOnlyDictionary<string, int> Counts)
{
    public static DemoSeedResult Skipped(DateOnly anchor) => new(false, anchor, TimeSpan.Zero, new Dictionary<string, int>());
}
