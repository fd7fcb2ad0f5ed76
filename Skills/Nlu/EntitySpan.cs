namespace SalesCoach.Skills.Nlu;

/// <summary>
/// One entity found in the text: the span as typed (<paramref name="Text"/> at <paramref name="Start"/>)
/// and its resolution beside it (a metric's catalogue name, a date range, an instant, an amount ...).
/// </summary>
public sealed record EntitySpan(string Name, string Text, int Start, int Length, object? Resolution = null);
