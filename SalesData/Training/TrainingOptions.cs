using System.ComponentModel.DataAnnotations;
using SalesCoach.Data.Kpi;

namespace SalesCoach.Data.Training;

/// <summary>SalesCoach:Training settings: how far back gaps are measured and what counts as a gap.</summary>
public sealed class TrainingOptions
{
    public const string SectionName = "SalesCoach:Training";

    /// <summary>The recent window, in days up to now. 90 days is long enough for a rep's conversion rate to rest on a few dozen closed deals.</summary>
    [Range(7, 730)]
    public int WindowDays { get; set; } = 90;

    /// <summary>How much worse than the team median (relative, in percent) a KPI must be to count as a gap.</summary>
    [Range(1, 100)]
    public decimal GapThresholdPercent { get; set; } = 15m;

    /// <summary>
    /// Fewest rows (closed deals, surveys, requests, fulfilled orders) a rate or mean needs before it is compared:
    /// one bad survey is not a training need. Sums and counts (revenue, new customers) need none.
    /// </summary>
    [Range(1, 1000)]
    public int MinimumSample { get; set; } = 5;

    /// <summary>Fewest reps with a comparable figure for a team median to mean anything.</summary>
    [Range(2, 100)]
    public int MinimumPeers { get; set; } = 3;

    /// <summary>At most this many items in a proposed plan: a plan of ten trainings is not followed.</summary>
    [Range(1, 10)]
    public int MaxPlanItems { get; set; } = 3;

    /// <summary>Days from today to the first session, and between sessions.</summary>
    [Range(1, 60)]
    public int FirstSessionInDays { get; set; } = 7;

    [Range(1, 60)]
    public int SessionSpacingDays { get; set; } = 7;

    /// <summary>The KPIs looked at, catalogue names.</summary>
    public List<string> Metrics { get; set; } =
    [
        KpiCatalogue.ConversionRate, KpiCatalogue.Csat, KpiCatalogue.ResponseTime,
        KpiCatalogue.OrderHandlingTime, KpiCatalogue.NewCustomers, KpiCatalogue.Revenue,
    ];
}
