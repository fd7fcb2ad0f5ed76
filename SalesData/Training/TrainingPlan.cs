namespace SalesCoach.Data.Training;

/// <summary>
/// A training plan the bot proposed for a rep or a team, kept from the moment it is shown: the card's
/// Accept / Decline buttons name its id, so the decision reaches the right plan on any bot instance.
/// </summary>
public sealed class TrainingPlan
{
    public long Id { get; set; }

    /// <summary>"rep", "team", "region" or "company".</summary>
    public required string SubjectKind { get; set; }
    public string? SubjectId { get; set; }
    public required string SubjectName { get; set; }

    /// <summary>The sales user who asked; only someone who may see the subject can decide.</summary>
    public required string ProposedBy { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public TrainingPlanStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The window the evidence was measured over, as company-calendar dates (end exclusive).</summary>
    public DateOnly WindowFrom { get; set; }
    public DateOnly WindowTo { get; set; }

    public List<TrainingPlanItem> Items { get; set; } = [];
}
