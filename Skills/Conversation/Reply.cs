namespace SalesCoach.Skills.Conversation;

/// <summary>One outgoing message: markdown text, optional Adaptive Card (JSON) and suggested actions.</summary>
public sealed record Reply(string? Text, string? AdaptiveCardJson = null, IReadOnlyList<SuggestedAction>? SuggestedActions = null)
{
    public static Reply Plain(string text) => new(text);
}
