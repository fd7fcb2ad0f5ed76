namespace SalesCoach.Data.Knowledge;

/// <summary>A user's verdict on one knowledge-base answer (the helpful / not helpful buttons), kept to find weak answers.</summary>
public sealed class KnowledgeFeedbackRecord
{
    public long Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string UserId { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string Locale { get; set; }
    public required string Question { get; set; }
    public bool Helpful { get; set; }

    /// <summary>How the answer was written: Extractive, Generated or Declined.</summary>
    public required string Mode { get; set; }

    /// <summary>The first citation's source and section, empty for a declined question.</summary>
    public required string Source { get; set; }
    public required string Section { get; set; }
}
