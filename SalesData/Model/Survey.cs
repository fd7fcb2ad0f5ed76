namespace SalesCoach.Data.Model;

/// <summary>A customer satisfaction answer (CSAT, 1 to 5).</summary>
public sealed class Survey : Attributed
{
    public int Score { get; set; }
    public DateTimeOffset RespondedAt { get; set; }
    public string? Comment { get; set; }
}
