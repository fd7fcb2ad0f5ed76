namespace SalesCoach.Data.Reminders;

/// <summary>Where a reminder stands; stored as text so the database reads without the enum.</summary>
public enum ReminderStatus
{
    Active,
    Done,
    Cancelled,
}
