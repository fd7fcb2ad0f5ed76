using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Names;

/// <summary>
/// The people and customer names the recogniser matches, read from the users and customers tables.
/// Loaded once at start and again after a seed or import, then served from memory: the recogniser
/// asks on every turn and must not wait for the database.
/// </summary>
public sealed class SalesNames(IDbContextFactory<SalesCoachDbContext> factory)
{
    private volatile Snapshot _current = new([], []);

    public IReadOnlyList<string> People => _current.People;
    public IReadOnlyList<string> Customers => _current.Customers;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        // Reps and managers only: the admin is the one asking, not someone asked about.
        var people = await db.Users.Where(u => u.Role != SalesRole.Admin).Select(u => u.Name).Distinct().ToListAsync(cancellationToken);
        var customers = await db.Customers.Select(c => c.Name).Distinct().ToListAsync(cancellationToken);
        people.Sort(StringComparer.Ordinal);
        customers.Sort(StringComparer.Ordinal);
        _current = new Snapshot(people, customers);
    }

    private sealed record Snapshot(IReadOnlyList<string> People, IReadOnlyList<string> Customers);
}
