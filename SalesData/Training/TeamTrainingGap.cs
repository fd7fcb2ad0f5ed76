namespace SalesCoach.Data.Training;

/// <summary>
/// A team behind the other teams on a rate or mean (conversion, CSAT, response and handling times): a shortfall the
/// team median cannot show, because the whole team shares it.
/// </summary>
/// <param name="CompanyMedian">The median over every team with enough rows, company-wide.</param>
/// <param name="BestTeamId">The team that does best on it, whose practice is worth sharing.</param>
public sealed record TeamTrainingGap(
    string TeamId,
    string Metric,
    decimal Value,
    long SampleSize,
    decimal CompanyMedian,
    int Teams,
    decimal Severity,
    string? BestTeamId,
    decimal? BestValue);
