namespace SalesCoach.Data.Reminders;

/// <summary>Who a reminder belongs to in chat: the proactive message goes to this channel user, and only they may change it.</summary>
public sealed record ReminderOwner(string ChannelId, string ChannelUserId, string? SalesUserId);
