namespace SalesCoach.Data.Kpi;

/// <summary>A partial aggregate per group, read from the database and finished into a figure in memory.</summary>
/// <param name="Key">The owner, team or region id; empty when the whole scope is one group.</param>
/// <param name="Sum">The sum the figure needs (amounts, scores, won deals, seconds ...).</param>
/// <param name="Count">The rows it rests on (orders, surveys, closed deals ...).</param>
internal sealed record KpiAggregate(string Key, decimal Sum, long Count);
