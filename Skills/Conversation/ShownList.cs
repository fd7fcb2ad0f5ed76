namespace SalesCoach.Skills.Conversation;

/// <summary>
/// The last list the bot showed (reminders, ranking rows, people with training needs, customers to call), in the
/// order shown, and the message that asked for it, so "list those again" can ask it again.
/// </summary>
public sealed class ShownList
{
    public List<Referent> Items { get; set; } = [];

    /// <summary>The user's message that produced the list; filled in by the engine.</summary>
    public string? Request { get; set; }

    public static ShownList Of(IEnumerable<Referent> items) => new() { Items = [.. items] };
}
