namespace SalesCoach.Skills.Conversation;

/// <summary>What a referent is. People, teams, regions and customers are named things the recogniser reads by name.</summary>
public static class ReferentKinds
{
    public const string Reminder = "reminder";
    public const string Digest = "digest";
    public const string Person = "person";
    public const string Team = "team";
    public const string Region = "region";
    public const string Customer = "customer";

    /// <summary>
    /// A reference to one of these is resolved by saying its name instead ("what could he practise" → "what could
    /// 孙勇 practise"), so every skill's own reading of names applies; other kinds are acted on by their skill.
    /// </summary>
    public static bool IsNamed(string kind) => kind is Person or Team or Region or Customer;

    /// <summary>A kind the user has one of (the digest): an act with no pronoun ("关掉吧") can only mean it.</summary>
    public static bool IsOnly(string kind) => kind is Digest;
}
