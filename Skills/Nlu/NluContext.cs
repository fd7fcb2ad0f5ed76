namespace SalesCoach.Skills.Nlu;

/// <summary>What a recogniser needs besides the text: the user's language, time zone and "now".</summary>
public sealed record NluContext(string Locale, TimeZoneInfo TimeZone, DateTimeOffset Now);
