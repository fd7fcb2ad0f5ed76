namespace SalesCoach.Data.DirectLine;

/// <summary>A conversation opened through the embedded Direct Line endpoint.</summary>
public sealed class DirectLineConversationRecord
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The browser's language when the page asked for its token: the welcome is written in it.</summary>
    public string? Locale { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when a client first starts the conversation (the bot is told once, with conversationUpdate).</summary>
    public DateTimeOffset? StartedAt { get; set; }
    /// <summary>The next watermark to hand out; activities are numbered 0, 1, 2 ... per conversation.</summary>
    public long NextSequence { get; set; }
}
