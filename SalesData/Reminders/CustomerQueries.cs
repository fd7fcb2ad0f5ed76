using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Access;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Reminders;

/// <summary>
/// The customer look-ups the reminders need, always inside what the viewer may see (SalesAccess' rule:
/// a rep their own customers, a manager their team's, an admin all): a name to link a reminder to, and
/// the customers not contacted for a while.
/// </summary>
public sealed class CustomerQueries(IDbContextFactory<SalesCoachDbContext> contexts)
{
    /// <summary>The visible customer called <paramref name="name"/> (exact first, then a unique partial match); null when none or ambiguous.</summary>
    public async Task<Customer?> FindVisibleAsync(SalesViewer viewer, string name, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = Visible(db.Customers.AsNoTracking(), viewer);
        var exact = await visible.Where(c => c.Name == name).OrderBy(c => c.Id).Take(2).ToListAsync(cancellationToken);
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1) return null;
        var partial = await visible.Where(c => c.Name.Contains(name)).OrderBy(c => c.Name.Length).ThenBy(c => c.Id).Take(2).ToListAsync(cancellationToken);
        return partial.Count == 1 ? partial[0] : null;
    }

    /// <summary>Visible customers with no interaction since <paramref name="cutoff"/>, the longest silent first.</summary>
    public async Task<IReadOnlyList<CallbackCandidate>> NotContactedSinceAsync(SalesViewer viewer, DateTimeOffset cutoff, int limit, CancellationToken cancellationToken = default) =>
        (await NotContactedSinceAsync(SalesAccess.DefaultScope(viewer, null), cutoff, cancellationToken)).Take(limit).ToList();

    /// <summary>
    /// Every customer of <paramref name="scope"/> with no interaction since <paramref name="cutoff"/>, the longest silent
    /// first. The caller has checked that the scope may be seen (the dashboard, through SalesAccess).
    /// </summary>
    public async Task<IReadOnlyList<CallbackCandidate>> NotContactedSinceAsync(KpiScope scope, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = db.Interactions.Where(i => i.OccurredAt >= cutoff).Select(i => i.CustomerId);
        var quiet = await KpiGroupKey.Within(db.Customers.AsNoTracking(), scope)
            .Where(c => !recent.Contains(c.Id) && (c.LastContactAt == null || c.LastContactAt < cutoff))
            .Select(c => new { c.Id, c.Name, c.OwnerId, c.LastContactAt })
            .ToListAsync(cancellationToken);
        // Ordered in memory: a few hundred rows at most per scope, and NULLS FIRST differs between providers.
        return quiet.OrderBy(c => c.LastContactAt ?? DateTimeOffset.MinValue).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CallbackCandidate(c.Id, c.Name, c.OwnerId, c.LastContactAt)).ToList();
    }

    // The viewer's widest scope, the one rule SalesAccess states for every question without a scope of its own.
    private static IQueryable<Customer> Visible(IQueryable<Customer> customers, SalesViewer viewer) =>
        KpiGroupKey.Within(customers, SalesAccess.DefaultScope(viewer, null));
}
