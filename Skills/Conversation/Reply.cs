namespace SalesCoach.Skills.Conversation;

/// <summary>One outgoing message: markdown text, optional Adaptive Card (JSON) and suggested actions.</summary>
public sealed record Reply(string? Text, string? AdaptiveCardJson = null, IReadOnlyList<SuggestedAction>? SuggestedActions = null)
{
    /// <summary>A line that belongs under this reply the first time only in a conversation (the demo-mode notice): see <see cref="ReplyNotice"/>.</summary>
    public ReplyNotice? Notice { get; init; }

    /// <summary>The items this reply listed, in order, for "the second one" / "list those again" on the next turns.</summary>
    public ShownList? Shown { get; init; }

    /// <summary>The one thing this reply was about (the reminder created, the rep analysed), for "it" / "he".</summary>
    public Referent? Focus { get; init; }

    /// <summary>
    /// The intent a command answered before understanding ("show my reminders", "send me the digest at 8"): the turn's
    /// trace and the conversation's topic then say reminder_list or digest_settings rather than "command", so a
    /// correction or follow-up on the next turn knows what it revises.
    /// </summary>
    public string? Intent { get; init; }

    public static Reply Plain(string text) => new(text);
}
