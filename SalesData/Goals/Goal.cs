namespace SalesCoach.Data.Goals;

/// <summary>
/// A SMART goal as it stands now: whose it is (a rep or a team), which catalogued KPI, the target and the
/// span [StartsAt, Deadline). Every change also lands in <see cref="GoalRevision"/>, so the row is the
/// present and the revisions are the history.
/// </summary>
public sealed class Goal
{
    public long Id { get; set; }
    public GoalOwnerKind OwnerKind { get; set; }

    /// <summary>The rep's user id or the team's id, as OwnerKind says.</summary>
    public required string OwnerId { get; set; }
    public required string OwnerName { get; set; }

    /// <summary>The owner's team (the team itself for a team goal): what a manager's view filters on.</summary>
    public string? TeamId { get; set; }

    /// <summary>The KPI catalogue's key.</summary>
    public required string Metric { get; set; }
    public decimal Target { get; set; }
    public DateTimeOffset StartsAt { get; set; }

    /// <summary>Exclusive end: a goal "by 12月31日" ends at 1 January 00:00 in the company time zone.</summary>
    public DateTimeOffset Deadline { get; set; }
    public GoalStatus Status { get; set; }

    /// <summary>How the goal ties to a team goal, in the setter's words (the R of SMART).</summary>
    public string? Relevance { get; set; }

    /// <summary>The team goal of the same metric this rep goal serves, when there is one.</summary>
    public long? ParentGoalId { get; set; }

    /// <summary>A draft that changes an existing goal rather than adding one ("修改目标").</summary>
    public long? ReplacesGoalId { get; set; }

    /// <summary>The sales user who set (or last changed) the goal.</summary>
    public required string SetById { get; set; }

    /// <summary>Drafts only: the channel user who must confirm it, so a typed "确认" finds the right draft.</summary>
    public string? DraftChannelUserId { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
