namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about a user across conversations (persisted as user state).</summary>
public sealed class CoachUserState
{
    /// <summary>The language the user chose explicitly ("说中文" / "English please"); null follows the channel.</summary>
    public string? PreferredLocale { get; set; }

    /// <summary>Demo mode only: the demo user this person acts as, to see what a rep or a manager may see.</summary>
    public string? DemoPersona { get; set; }
}
