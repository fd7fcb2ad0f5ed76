namespace SalesCoach.Data.Model;

/// <summary>A sales opportunity; conversion rate is Won / (Won + Lost) by close date.</summary>
public sealed class Deal : Attributed
{
    public DealStage Stage { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public required string Channel { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}
