using Microsoft.EntityFrameworkCore;

namespace SalesCoach.Data.Reminders;

/// <summary>Reads and writes reminders and digest settings; every lookup by id is also checked against the owner.</summary>
public sealed class ReminderStore(IDbContextFactory<SalesCoachDbContext> contexts, TimeProvider time)
{
    public async Task<Reminder> AddAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        reminder.CreatedAt = reminder.UpdatedAt = time.GetUtcNow();
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync(cancellationToken);
        return reminder;
    }

    public async Task<Reminder?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reminders.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>The reminder if it belongs to <paramref name="owner"/>; null for someone else's id, so nobody can act on it.</summary>
    public async Task<Reminder?> FindOwnedAsync(long id, ReminderOwner owner, CancellationToken cancellationToken = default)
    {
        var reminder = await FindAsync(id, cancellationToken);
        return reminder is not null && reminder.ChannelId == owner.ChannelId && reminder.ChannelUserId == owner.ChannelUserId ? reminder : null;
    }

    /// <summary>The owner's active reminders, soonest first.</summary>
    public async Task<IReadOnlyList<Reminder>> ActiveAsync(ReminderOwner owner, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.Reminders.AsNoTracking()
            .Where(r => r.ChannelId == owner.ChannelId && r.ChannelUserId == owner.ChannelUserId && r.Status == ReminderStatus.Active)
            .ToListAsync(cancellationToken);
        return list.OrderBy(r => r.NextAlertUtc).ThenBy(r => r.Id).ToList();
    }

    /// <summary>Active reminders of these sales users whose next alert is before <paramref name="until"/> (overdue ones included), soonest first.</summary>
    public async Task<IReadOnlyList<Reminder>> ActiveForSalesUsersAsync(IReadOnlyCollection<string> salesUserIds, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read by status and filtered here: the user list can be every rep (an administrator), and the alert time is a
        // computed property (a snooze wins over the due time).
        var users = salesUserIds as IReadOnlySet<string> ?? salesUserIds.ToHashSet(StringComparer.Ordinal);
        var active = await db.Reminders.AsNoTracking().Where(r => r.Status == ReminderStatus.Active && r.SalesUserId != null).ToListAsync(cancellationToken);
        return [.. active.Where(r => users.Contains(r.SalesUserId!) && r.NextAlertUtc < until).OrderBy(r => r.NextAlertUtc).ThenBy(r => r.Id)];
    }

    /// <summary>The owner's most recently created active reminder: what "刚才那个" points at.</summary>
    public async Task<Reminder?> LastCreatedAsync(ReminderOwner owner, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reminders.AsNoTracking()
            .Where(r => r.ChannelId == owner.ChannelId && r.ChannelUserId == owner.ChannelUserId && r.Status == ReminderStatus.Active)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task UpdateAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        reminder.UpdatedAt = time.GetUtcNow();
        db.Reminders.Update(reminder);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DigestSettings?> DigestAsync(string channelId, string channelUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DigestSettings.AsNoTracking()
            .FirstOrDefaultAsync(d => d.ChannelId == channelId && d.ChannelUserId == channelUserId, cancellationToken);
    }

    public async Task<DigestSettings?> DigestAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DigestSettings.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    public async Task<DigestSettings> SaveDigestAsync(DigestSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        settings.UpdatedAt = time.GetUtcNow();
        if (settings.Id == 0) db.DigestSettings.Add(settings);
        else db.DigestSettings.Update(settings);
        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }
}
