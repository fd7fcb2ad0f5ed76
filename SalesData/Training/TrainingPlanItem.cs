namespace SalesCoach.Data.Training;

/// <summary>One session of a plan: which KPI it works on, in what format, who runs it, who attends, and when.</summary>
public sealed class TrainingPlanItem
{
    public long Id { get; set; }
    public long PlanId { get; set; }

    /// <summary>1-based, as the plan lists it ("接受培训计划 12 第1,3项").</summary>
    public int Position { get; set; }
    public required string Metric { get; set; }

    /// <summary>A TrainingFormat name (RolePlay, CaseStudy, ...).</summary>
    public required string Format { get; set; }

    /// <summary>The attending reps' ids, comma separated (a plan has a handful at most).</summary>
    public required string TraineeIds { get; set; }

    /// <summary>The internal trainer or coach (a user id); null for an external trainer.</summary>
    public string? TrainerId { get; set; }
    public DateOnly ScheduledOn { get; set; }

    /// <summary>The playbook section the session follows (an anchor of Knowledge/Playbook/playbook.*.md).</summary>
    public required string PlaybookSection { get; set; }

    /// <summary>The evidence as it was when proposed: the trainee's figure (the worst, for a group), the team median, the target.</summary>
    public decimal Value { get; set; }
    public decimal? TeamMedian { get; set; }
    public decimal? Target { get; set; }

    /// <summary>False for an item left out when only some items were accepted.</summary>
    public bool Accepted { get; set; }
}
