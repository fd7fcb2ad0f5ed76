namespace SalesCoach.Data.Goals;

/// <summary>One entry of a goal's history: its values after the change, who changed it and when.</summary>
public sealed class GoalRevision
{
    public long Id { get; set; }
    public long GoalId { get; set; }
    public int Revision { get; set; }
    public GoalChange Change { get; set; }
    public decimal Target { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public string? Relevance { get; set; }
    public required string ChangedById { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
