namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about a user across conversations (persisted as user state).</summary>
public sealed class CoachUserState
{
    /// <summary>The language the user chose explicitly ("说中文" / "English please"); null follows the channel.</summary>
    public string? PreferredLocale { get; set; }
}
