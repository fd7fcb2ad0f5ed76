namespace SalesCoach.Skills.Conversation;

public sealed record TurnOutcome(string Locale, IReadOnlyList<Reply> Replies)
{
    /// <summary>What the engine understood (for the scenario runner and diagnostics); null when nothing was recognised.</summary>
    public TurnTrace? Trace { get; init; }
}
