namespace SalesCoach.Data.Kpi;

/// <summary>One channel's share of the business in a period (销售渠道效益).</summary>
public sealed record KpiChannelRow(string Channel, decimal Revenue, long Orders, decimal AverageOrderValue, decimal SharePercent);
