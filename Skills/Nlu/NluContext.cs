namespace SalesCoach.Skills.Nlu;

/// <summary>What a recogniser needs besides the text: the user's language, time zone and "now".</summary>
/// <param name="ExpectedEntity">
/// The entity the bot has just asked for, if any (a form's pending slot). A bare answer such as
/// "明天下午3点" or "上个月" carries no intent; this says how to read it (a moment or a period).
/// </param>
/// <param name="Revising">
/// The intent of the finished request a correction revises ("sorry, I meant orders. 90 of them" after a goal draft):
/// the message's entities are read as that intent's (a bare "90" is a goal's target), whatever its words alone suggest.
/// </param>
/// <param name="Topic">
/// The task the conversation is on (the intent of the last answer). With no question open, a message with no intent of
/// its own ("and one for 天成医药 friday 9am" after a reminder was set) is read as that task reads its entities.
/// </param>
public sealed record NluContext(string Locale, TimeZoneInfo TimeZone, DateTimeOffset Now, string? ExpectedEntity = null, string? Revising = null, string? Topic = null);
