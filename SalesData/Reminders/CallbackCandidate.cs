namespace SalesCoach.Data.Reminders;

/// <summary>A customer that has gone quiet: proposed as a callback.</summary>
public sealed record CallbackCandidate(string CustomerId, string Name, string? OwnerId, DateTimeOffset? LastContactAt);
