namespace SalesCoach.Data.Reminders;

public enum RecurrenceKind
{
    Daily,
    Weekly,
    Monthly,
}
