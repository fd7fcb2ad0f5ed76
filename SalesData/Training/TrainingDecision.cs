namespace SalesCoach.Data.Training;

/// <summary>What became of an accept or decline: the plan as stored afterwards, or why nothing changed.</summary>
public enum TrainingDecisionOutcome
{
    Done,
    NotFound,
    AlreadyDecided,
    /// <summary>Item numbers that the plan does not have.</summary>
    NoSuchItems,
}

public sealed record TrainingDecision(TrainingDecisionOutcome Outcome, TrainingPlan? Plan);
