namespace SalesCoach.Skills.Nlu;

/// <summary>One catalogue metric: its name, and the zh/en phrases that mean it (regex fragments allowed).</summary>
public sealed record MetricDefinition(string Name, IReadOnlyList<string> Phrases);
