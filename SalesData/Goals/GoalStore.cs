using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Goals;

/// <summary>
/// Goals and their history in the database. A confirmed change never overwrites silently: the goal row is
/// updated and a revision with the new values, the author and the time is appended in the same transaction.
/// </summary>
public sealed class GoalStore(IDbContextFactory<SalesCoachDbContext> contexts)
{
    /// <summary>Saves a draft for its channel user, replacing any older draft of theirs: one pending confirmation at a time.</summary>
    public async Task<Goal> SaveDraftAsync(Goal draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var older = await db.Goals.Where(g => g.Status == GoalStatus.Draft && g.DraftChannelUserId == draft.DraftChannelUserId).ToListAsync(cancellationToken);
        db.Goals.RemoveRange(older);
        draft.Status = GoalStatus.Draft;
        db.Goals.Add(Utc(draft));
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>The draft waiting for this channel user: by id (a card button) or the newest made since <paramref name="since"/> (a typed answer).</summary>
    public async Task<Goal?> DraftAsync(string channelUserId, long? id, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        since = since.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = db.Goals.AsNoTracking().Where(g => g.Status == GoalStatus.Draft && g.DraftChannelUserId == channelUserId);
        return id is { } wanted
            ? await drafts.FirstOrDefaultAsync(g => g.Id == wanted, cancellationToken)
            : await drafts.Where(g => g.CreatedAt >= since).OrderByDescending(g => g.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Goal> UpdateDraftAsync(Goal draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Goals.Update(Utc(draft));
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public async Task DiscardDraftAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Goals.Where(g => g.Id == id && g.Status == GoalStatus.Draft).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Turns a draft into an active goal, or applies it to the goal it replaces; returns the goal as saved.</summary>
    public async Task<Goal?> ConfirmAsync(long draftId, string byUserId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        now = now.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var draft = await db.Goals.FirstOrDefaultAsync(g => g.Id == draftId && g.Status == GoalStatus.Draft, cancellationToken);
        if (draft is null) return null;
        var goal = draft;
        var change = GoalChange.Created;
        if (draft.ReplacesGoalId is { } replaced && await db.Goals.FirstOrDefaultAsync(g => g.Id == replaced && g.Status == GoalStatus.Active, cancellationToken) is { } existing)
        {
            existing.Target = draft.Target;
            existing.StartsAt = draft.StartsAt;
            existing.Deadline = draft.Deadline;
            existing.Relevance = draft.Relevance ?? existing.Relevance;
            existing.ParentGoalId = draft.ParentGoalId ?? existing.ParentGoalId;
            db.Goals.Remove(draft);
            goal = existing;
            change = GoalChange.Updated;
        }
        goal.Status = GoalStatus.Active;
        goal.DraftChannelUserId = null;
        goal.ReplacesGoalId = null;
        goal.SetById = byUserId;
        goal.UpdatedAt = now;
        goal.Revision += 1;
        db.GoalRevisions.Add(Revision(goal, change, byUserId, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return goal;
    }

    /// <summary>Active goals whose owner is one of the reps or teams given.</summary>
    public async Task<IReadOnlyList<Goal>> ActiveAsync(IReadOnlyCollection<string> repIds, IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Active goals are few (one per owner and metric at most), so they are read whole and filtered here: the
        // owner lists (every rep, for an administrator) made EF Core expand them into parameters and regenerate
        // the SQL under a lock on every progress question.
        var active = await db.Goals.AsNoTracking()
            .Where(g => g.Status == GoalStatus.Active)
            .OrderBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var reps = repIds as IReadOnlySet<string> ?? repIds.ToHashSet(StringComparer.Ordinal);
        var teams = teamIds as IReadOnlySet<string> ?? teamIds.ToHashSet(StringComparer.Ordinal);
        return [.. active.Where(g => (g.OwnerKind == GoalOwnerKind.Rep && reps.Contains(g.OwnerId)) || (g.OwnerKind == GoalOwnerKind.Team && teams.Contains(g.OwnerId)))];
    }

    /// <summary>The active goal of this owner on this metric whose span overlaps [start, deadline): the one a new draft would change.</summary>
    public async Task<Goal?> OverlappingAsync(GoalOwnerKind kind, string ownerId, string metric, DateTimeOffset start, DateTimeOffset deadline, CancellationToken cancellationToken = default)
    {
        (start, deadline) = (start.ToUniversalTime(), deadline.ToUniversalTime());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Goals.AsNoTracking()
            .Where(g => g.Status == GoalStatus.Active && g.OwnerKind == kind && g.OwnerId == ownerId && g.Metric == metric && g.StartsAt < deadline && start < g.Deadline)
            .OrderByDescending(g => g.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<GoalRevision>> RevisionsAsync(long goalId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GoalRevisions.AsNoTracking().Where(r => r.GoalId == goalId).OrderBy(r => r.Revision).ToListAsync(cancellationToken);
    }

    /// <summary>Npgsql writes timestamptz from UTC instants only; goals are made from company-time dates (+08:00).</summary>
    private static Goal Utc(Goal goal)
    {
        goal.StartsAt = goal.StartsAt.ToUniversalTime();
        goal.Deadline = goal.Deadline.ToUniversalTime();
        goal.CreatedAt = goal.CreatedAt.ToUniversalTime();
        goal.UpdatedAt = goal.UpdatedAt.ToUniversalTime();
        return goal;
    }

    private static GoalRevision Revision(Goal goal, GoalChange change, string by, DateTimeOffset now) => new()
    {
        GoalId = goal.Id,
        Revision = goal.Revision,
        Change = change,
        Target = goal.Target,
        StartsAt = goal.StartsAt,
        Deadline = goal.Deadline,
        Relevance = goal.Relevance,
        ChangedById = by,
        ChangedAt = now,
    };
}
