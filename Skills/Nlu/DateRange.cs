namespace SalesCoach.Skills.Nlu;

/// <summary>A period's resolution: [Start, End) in the user's time zone.</summary>
public sealed record DateRange(DateTimeOffset Start, DateTimeOffset End);
