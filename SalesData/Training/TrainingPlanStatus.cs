namespace SalesCoach.Data.Training;

/// <summary>A plan is proposed by the bot, then accepted or declined by the person who asked for it.</summary>
public enum TrainingPlanStatus
{
    Proposed,
    Accepted,
    Declined,
}
