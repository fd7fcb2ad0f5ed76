using System.Globalization;
using System.Text.RegularExpressions;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// The reminder form's reading of a message (FormDefinition.Entities): the recogniser's entities, plus the
/// repeat rule, the first due instant of a repeating reminder, a bare date taken as 09:00 that day, and the
/// subject (what is left once the time and the "remind me" words are taken out).
/// </summary>
public static partial class ReminderEntityReader
{
    [GeneratedRegex(@"^(?:请|麻烦)?(?:帮我|给我)?(?:设(?:置)?(?:一个|个)?提醒[,，:：]?)?(?:提醒我(?:一下)?|提醒一下|记得)|^(?:please\s+)?(?:set a reminder to|remind me to|remind me|reminder to|reminder:)\s*|(?:提醒我(?:一下)?|记得)|\b(?:remind me to|remind me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^[\s,，。.!！:：、]+|[\s,，。.!！:：、]+$|\s+(?:at|on|in|by)$", RegexOptions.IgnoreCase)]
    private static partial Regex Edges();

    public static IReadOnlyList<EntitySpan> Read(DialogInput input)
    {
        var text = input.Text;
        var context = input.Context;
        var entities = input.Nlu.Entities.Where(e => e.Name != EntityNames.DateTime).ToList();
        var spent = new List<string>();

        if (RecurrenceParser.Find(text) is { } recurrence)
        {
            var first = recurrence.Rule.NextAfter(context.Now, context.TimeZone);
            var local = TimeZoneInfo.ConvertTime(first, context.TimeZone);
            entities.Add(new EntitySpan(EntityNames.DateTime, recurrence.Text, 0, recurrence.Text.Length, local.ToString("O", CultureInfo.InvariantCulture)));
            entities.Add(new EntitySpan(ReminderEntityNames.Recurrence, recurrence.Text, 0, recurrence.Text.Length, recurrence.Rule.ToString()));
            spent.Add(recurrence.Text);
            if (TimeOfDayParser.Find(text) is { } clock) spent.Add(clock.Text);
        }
        else
        {
            foreach (var when in input.Nlu.Entities.Where(e => e.Name == EntityNames.DateTime))
            {
                spent.Add(when.Text);
                if (Normalise(when, text, context) is { } instant)
                    entities.Add(when with { Resolution = instant.ToString("O", CultureInfo.InvariantCulture) });
            }
        }

        var subject = text;
        foreach (var part in spent.Where(p => p.Length > 0)) subject = subject.Replace(part, " ", StringComparison.Ordinal);
        subject = Trigger().Replace(subject, " ");
        subject = Regex.Replace(subject, @"\s{2,}", " ");
        for (var i = 0; i < 3; i++) subject = Edges().Replace(subject, "");
        if (subject.Length >= 2)
            entities.Add(new EntitySpan(ReminderEntityNames.Subject, subject, 0, subject.Length, subject));
        return entities;
    }

    /// <summary>An instant from the recogniser's resolution; a day without a time ("明天", "next Monday") becomes 09:00 local.</summary>
    private static DateTimeOffset? Normalise(EntitySpan when, string text, NluContext context)
    {
        var raw = when.Resolution switch
        {
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            string s => s,
            _ => null,
        };
        if (raw is null) return null;
        raw = raw.Split('/')[0];
        if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            if (!DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var day)) return null;
            return LocalClock.ToUtc(day.ToDateTime(RecurrenceParser.DefaultTime), context.TimeZone);
        }
        var local = TimeZoneInfo.ConvertTime(instant, context.TimeZone);
        if (local.TimeOfDay == TimeSpan.Zero && TimeOfDayParser.Find(text) is null)
            return LocalClock.ToUtc(DateOnly.FromDateTime(local.DateTime).ToDateTime(RecurrenceParser.DefaultTime), context.TimeZone);
        return instant;
    }
}
