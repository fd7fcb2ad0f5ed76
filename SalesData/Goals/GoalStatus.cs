namespace SalesCoach.Data.Goals;

/// <summary>A goal's life: drafted by the dialog, active once confirmed, cancelled when withdrawn (never deleted).</summary>
public enum GoalStatus
{
    Draft,
    Active,
    Cancelled,
}
