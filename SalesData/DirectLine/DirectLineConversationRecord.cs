namespace SalesCoach.Data.DirectLine;

/// <summary>A conversation opened through the embedded Direct Line endpoint.</summary>
public sealed class DirectLineConversationRecord
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The next watermark to hand out; activities are numbered 0, 1, 2 ... per conversation.</summary>
    public long NextSequence { get; set; }
}
