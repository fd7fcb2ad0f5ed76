using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Training;

/// <summary>Proposed, accepted and declined training plans in the database.</summary>
public sealed class TrainingPlanStore(IDbContextFactory<SalesCoachDbContext> contexts, TimeProvider time)
{
    /// <summary>Stores a proposal and returns it with its id.</summary>
    public async Task<TrainingPlan> ProposeAsync(TrainingPlan plan, CancellationToken cancellationToken = default)
    {
        plan.Status = TrainingPlanStatus.Proposed;
        // Npgsql accepts only UTC offsets for timestamptz.
        plan.ProposedAt = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>The newest plan <paramref name="proposedBy"/> was shown since <paramref name="since"/> and has not decided yet: what "好，就按这个来" accepts.</summary>
    public async Task<TrainingPlan?> LatestUndecidedAsync(string proposedBy, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        since = since.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The time is compared here, not in SQL: SQLite cannot order DateTimeOffset values.
        var latest = await db.TrainingPlans.AsNoTracking()
            .Where(p => p.ProposedBy == proposedBy && p.Status == TrainingPlanStatus.Proposed)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is not null && latest.ProposedAt >= since ? latest : null;
    }

    public async Task<TrainingPlan?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrainingPlans.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>
    /// Accepts (all items, or the <paramref name="positions"/> given) or declines a proposed plan. A plan is decided
    /// once: a second tap on an old card must not flip an earlier answer.
    /// </summary>
    public async Task<TrainingDecision> DecideAsync(long id, bool accept, string decidedBy, IReadOnlyCollection<int>? positions = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null) return new TrainingDecision(TrainingDecisionOutcome.NotFound, null);
        if (plan.Status != TrainingPlanStatus.Proposed) return new TrainingDecision(TrainingDecisionOutcome.AlreadyDecided, plan);
        if (accept && positions is { Count: > 0 } && positions.Any(p => plan.Items.All(i => i.Position != p)))
            return new TrainingDecision(TrainingDecisionOutcome.NoSuchItems, plan);

        plan.Status = accept ? TrainingPlanStatus.Accepted : TrainingPlanStatus.Declined;
        plan.DecidedBy = decidedBy;
        plan.DecidedAt = time.GetUtcNow();
        foreach (var item in plan.Items)
            item.Accepted = accept && (positions is not { Count: > 0 } || positions.Contains(item.Position));
        await db.SaveChangesAsync(cancellationToken);
        return new TrainingDecision(TrainingDecisionOutcome.Done, plan);
    }

    /// <summary>The newest plans of every status with their items, newest first; the caller keeps those the viewer may see.</summary>
    public async Task<IReadOnlyList<TrainingPlan>> RecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrainingPlans.AsNoTracking().Include(p => p.Items)
            .OrderByDescending(p => p.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Accepted plans, newest first; the caller keeps those the viewer may see.</summary>
    public async Task<IReadOnlyList<TrainingPlan>> AcceptedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrainingPlans.AsNoTracking().Include(p => p.Items)
            .Where(p => p.Status == TrainingPlanStatus.Accepted)
            .OrderByDescending(p => p.Id)
            .ToListAsync(cancellationToken);
    }
}
