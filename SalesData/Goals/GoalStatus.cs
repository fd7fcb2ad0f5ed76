namespace SalesCoach.Data.Goals;

/// <summary>A goal's life: drafted by the dialog (a draft that is cancelled is simply deleted), active once confirmed.</summary>
public enum GoalStatus
{
    Draft,
    Active,
}
