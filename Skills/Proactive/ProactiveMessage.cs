using SalesCoach.Skills.Conversation;

namespace SalesCoach.Skills.Proactive;

/// <summary>What a composer sends for one occurrence, in which language, and when the schedule fires next (recurring reminders, the digest).</summary>
public sealed record ProactiveMessage(string Locale, IReadOnlyList<Reply> Replies, DateTimeOffset? NextDueUtc = null);
