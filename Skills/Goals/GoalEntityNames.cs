namespace SalesCoach.Skills.Goals;

/// <summary>The goal form's own entities, read by <see cref="GoalEntityReader"/>; values are strings that survive conversation state.</summary>
public static class GoalEntityNames
{
    /// <summary>Whose goal: the KPI skill's scope tokens ("self", "myteam", "team:ID", "rep:ID", "unknown:NAME" ...).</summary>
    public const string Owner = "goal_owner";

    /// <summary>"start/end" for a period ("本季度": the goal covers it), "/end" for a deadline only ("截止12月31日": from today).</summary>
    public const string Deadline = "goal_deadline";
}
