using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Access;

/// <summary>
/// The organisation (users, teams, regions) served from memory and re-read at most every
/// <see cref="MaxAge"/>: an import run from the command line in another process shows up within that
/// time without the bot asking the database on every turn.
/// </summary>
public sealed class SalesOrganisation(IDbContextFactory<SalesCoachDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile OrgSnapshot _snapshot = OrgSnapshot.Empty;
    private long _readAt = long.MinValue;

    /// <summary>
    /// The last snapshot without waiting, for code that cannot (a form's synchronous entity reading); a stale
    /// snapshot starts a refresh in the background. Skills call <see cref="GetAsync"/> first on each turn.
    /// </summary>
    public OrgSnapshot Current
    {
        get
        {
            if (!IsFresh)
                _ = GetAsync().AsTask();
            return _snapshot;
        }
    }

    /// <summary>Read once already, and less than <see cref="MaxAge"/> ago.</summary>
    private bool IsFresh
    {
        get
        {
            var readAt = Interlocked.Read(ref _readAt);
            return readAt != long.MinValue && time.GetElapsedTime(readAt) < MaxAge;
        }
    }

    public async ValueTask<OrgSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (IsFresh)
            return _snapshot;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh)
                return _snapshot;
            await RefreshAsync(cancellationToken);
            return _snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Reads the organisation now (after a seed or an import in this process).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, StringComparer.Ordinal, cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
        _snapshot = new OrgSnapshot(users, teams, regions);
        Interlocked.Exchange(ref _readAt, time.GetTimestamp());
    }
}
