namespace SalesCoach.Skills.Conversation;

/// <summary>What the bot remembers about a user across conversations (persisted as user state).</summary>
public sealed class CoachUserState
{
    /// <summary>The language the user chose explicitly ("说中文" / "English please"); null follows the channel.</summary>
    public string? PreferredLocale { get; set; }

    /// <summary>Demo mode only: the demo user this person acts as, to see what a rep or a manager may see.</summary>
    public string? DemoPersona { get; set; }

    /// <summary>The user's time zone as Teams last reported it (localTimezone, IANA id): times they type are read in it.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Set once the default daily digest was considered for this user, so it is set up at most once.</summary>
    public bool DigestInitialised { get; set; }
}
