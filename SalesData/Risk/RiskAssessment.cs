namespace SalesCoach.Data.Risk;

/// <summary>One completed risk check of one scope (company, region, team or rep), by whom and when, with its ratings.</summary>
public sealed class RiskAssessment
{
    public long Id { get; set; }

    /// <summary>The scope's key (<c>company</c>, <c>team:south-1</c>, <c>rep:r3</c>): what "the previous assessment" is matched on.</summary>
    public required string ScopeKey { get; set; }
    public required string ScopeName { get; set; }
    public required string AssessedById { get; set; }
    public required string AssessedByName { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public required string Locale { get; set; }
    public List<RiskRating> Ratings { get; set; } = [];
}
