using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Risk;

/// <summary>Saves completed risk checks and finds the one before, of the same scope, to compare with.</summary>
public sealed class RiskAssessmentStore(IDbContextFactory<SalesCoachDbContext> contexts)
{
    public async Task<RiskAssessment> SaveAsync(RiskAssessment assessment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.RiskAssessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>The latest assessment of <paramref name="scopeKey"/> saved before <paramref name="beforeId"/> (ids grow with time).</summary>
    public async Task<RiskAssessment?> PreviousAsync(string scopeKey, long beforeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RiskAssessments.AsNoTracking().Include(a => a.Ratings)
            .Where(a => a.ScopeKey == scopeKey && a.Id < beforeId)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The newest assessment of <paramref name="scopeKey"/>: the risk matrix and register as they stand.</summary>
    public Task<RiskAssessment?> LatestAsync(string scopeKey, CancellationToken cancellationToken = default) =>
        PreviousAsync(scopeKey, long.MaxValue, cancellationToken);

    public async Task<RiskAssessment?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RiskAssessments.AsNoTracking().Include(a => a.Ratings).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>Applies register edits (response, owner, due date) to one saved assessment; returns it as saved, null when it is gone.</summary>
    public async Task<RiskAssessment?> UpdateAsync(long id, Action<RiskAssessment> edit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assessment = await db.RiskAssessments.Include(a => a.Ratings).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null) return null;
        edit(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}
