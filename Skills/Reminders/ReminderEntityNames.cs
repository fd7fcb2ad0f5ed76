namespace SalesCoach.Skills.Reminders;

/// <summary>Entities only the reminder form reads from a message (see ReminderEntityReader).</summary>
public static class ReminderEntityNames
{
    public const string Recurrence = "reminder_recurrence";
    public const string Subject = "reminder_subject";
}
