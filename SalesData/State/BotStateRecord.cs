namespace SalesCoach.Data.State;

/// <summary>One bot-state document (conversation or user state) stored as JSON with its eTag.</summary>
public sealed class BotStateRecord
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
