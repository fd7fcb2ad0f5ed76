namespace SalesCoach.Data.Goals;

/// <summary>Goals belong to one rep or one team; regions and the company have targets, not coached goals.</summary>
public enum GoalOwnerKind
{
    Rep,
    Team,
}
