using System.Globalization;
using Quartz;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Bot.Scheduling;

/// <summary>
/// How a ScheduledMessage lives in Quartz: the job is the schedule (key = ScheduledMessage.Key), each
/// trigger one occurrence (key = its OccurrenceKey) carrying the message as plain strings, so the job
/// store never holds a CLR type name and a renamed class cannot strand a stored schedule.
/// </summary>
internal static class ProactiveJobData
{
    public const string Group = "proactive";
    private const string Key = "key", Channel = "channel", User = "user", Due = "due", Kind = "kind", Payload = "payload";
    /// <summary>Set on a re-run the job scheduled itself after a failure: it may take over its own open claim.</summary>
    public const string Retry = "retry";

    public static JobKey JobKeyOf(string scheduleKey) => new(NameOf(scheduleKey), Group);

    public static TriggerKey TriggerKeyOf(ScheduledMessage message, int retry = 0) =>
        new(NameOf(retry == 0 ? message.OccurrenceKey : $"{message.OccurrenceKey}#retry{retry}"), Group);

    /// <summary>
    /// Quartz's name columns are 150 characters; Teams user ids are long. A key that would not fit keeps a
    /// readable prefix and a hash of the whole, so two long keys never share a name.
    /// </summary>
    private static string NameOf(string key)
    {
        if (key.Length <= 140) return key;
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        return $"{key[..90]}~{hash[..40]}";
    }

    public static JobDataMap ToMap(ScheduledMessage message, int retry = 0) => new()
    {
        [Key] = message.Key,
        [Channel] = message.ChannelId,
        [User] = message.UserId,
        [Due] = message.DueUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        [Kind] = message.Kind,
        [Payload] = message.PayloadId,
        [Retry] = retry.ToString(CultureInfo.InvariantCulture),
    };

    public static (ScheduledMessage Message, int Retry) FromMap(JobDataMap map) => (
        new ScheduledMessage(
            map.GetString(Key)!,
            map.GetString(Channel)!,
            map.GetString(User)!,
            DateTimeOffset.Parse(map.GetString(Due)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            map.GetString(Kind)!,
            map.GetString(Payload) ?? ""),
        int.TryParse(map.GetString(Retry), out var retry) ? retry : 0);
}
