namespace SalesCoach.Data.Demo;

/// <summary>A seed's progress: the step it started ("generating", then each table), numbered out of <paramref name="Of"/>.</summary>
public sealed record DemoSeedStep(string Name, int Number, int Of);
