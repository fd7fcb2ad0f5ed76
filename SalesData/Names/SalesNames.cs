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
    private volatile Snapshot _current = new([], [], [], []);

    public IReadOnlyList<string> People => _current.People;
    public IReadOnlyList<string> Customers => _current.Customers;
    public IReadOnlyList<string> Teams => _current.Teams;
    public IReadOnlyList<string> Regions => _current.Regions;

    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        // Reps and managers only: the admin is the one asking, not someone asked about.
        var people = await db.Users.Where(u => u.Role != SalesRole.Admin).Select(u => u.Name).Distinct().ToListAsync(cancellationToken);
        var customers = await db.Customers.Select(c => c.Name).Distinct().ToListAsync(cancellationToken);
        // Teams and regions too: English messages name them in English ("East China team 1"), derived from these.
        var teams = await db.Teams.Select(t => t.Name).Distinct().ToListAsync(cancellationToken);
        var regions = await db.Regions.Select(r => r.Name).Distinct().ToListAsync(cancellationToken);
        people.Sort(StringComparer.Ordinal);
        customers.Sort(StringComparer.Ordinal);
        teams.Sort(StringComparer.Ordinal);
        regions.Sort(StringComparer.Ordinal);
        _current = new Snapshot(people, customers, teams, regions);
    }

    private sealed record Snapshot(IReadOnlyList<string> People, IReadOnlyList<string> Customers, IReadOnlyList<string> Teams, IReadOnlyList<string> Regions);
}
