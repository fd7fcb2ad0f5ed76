namespace SalesCoach.Data.Goals;

/// <summary>What a revision recorded.</summary>
public enum GoalChange
{
    Created,
    Updated,
}
