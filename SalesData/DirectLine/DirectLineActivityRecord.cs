namespace SalesCoach.Data.DirectLine;

/// <summary>One activity in a Direct Line conversation's transcript, in the order clients read it.</summary>
public sealed class DirectLineActivityRecord
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
    public required string ActivityId { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
