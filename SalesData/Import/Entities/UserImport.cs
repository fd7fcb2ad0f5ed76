using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Users. Managers are resolved after every row is read, against the file and the database together,
/// so a rep may come before their manager in the file. Teams and regions are found by id or name and
/// created when missing (<see cref="OrganisationDirectory"/>). Locale is the bot's own and survives a
/// re-import; a missing time zone keeps the stored one, else the company's. The Entra object id (what Teams
/// and the web sign-in match people on) is kept unless the file has an aad_object_id column.
/// </summary>
internal sealed class UserImport : IEntityImport
{
    private readonly List<SalesUser> _rows = [];
    private Dictionary<string, SalesUser> _stored = [];
    private OrganisationDirectory _organisation = new([], []);

    public async Task PrepareAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var everyone = await session.UsersAsync(cancellationToken);
        _stored = await session.ExistingAsync(db.Users, cancellationToken);
        _organisation = new OrganisationDirectory(
            await db.Regions.AsNoTracking().ToListAsync(cancellationToken), await db.Teams.AsNoTracking().ToListAsync(cancellationToken));
        var takenIds = everyone.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var emailOwners = everyone.Where(u => u.Email is not null)
            .GroupBy(u => u.Email!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Id);
        var fileEmails = new Dictionary<string, int>();
        // The object id is unique in the database: a clash is a row error here, not a failed save.
        var objectIdOwners = await db.Users.AsNoTracking().Where(u => u.TeamsAadObjectId != null)
            .Select(u => new { u.Id, u.TeamsAadObjectId }).ToDictionaryAsync(u => u.TeamsAadObjectId!.ToLowerInvariant(), u => u.Id, cancellationToken);
        var fileObjectIds = new Dictionary<string, int>();
        var managers = new List<(ImportRowReader Row, SalesUser? User, string Reference)>();
        var ids = new FileIds();

        foreach (var row in session.Rows())
        {
            var id = row.Id(Id);
            ids.Claim(row, id);
            var name = row.Required(Name);
            var email = row.Text(Email);
            if (email is not null && !email.Contains('@')) row.Error(Email, $"'{email}' is not an email address");
            var role = row.Role();
            var (teamId, regionId) = _organisation.Resolve(row, row.Text(ImportFields.Team), row.Text(ImportFields.Region));
            var manager = row.Text(ManagerId);
            var objectId = ObjectId(row);
            var timeZone = row.Text(ImportFields.TimeZone, 64);
            if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
                row.Error(ImportFields.TimeZone, $"unknown time zone '{timeZone}' (use an IANA id such as Asia/Shanghai)");
            if (row.Failed)
            {
                // Still checked once every row is known, so the report lists all of this row's problems.
                if (manager is not null) managers.Add((row, null, manager));
                continue;
            }

            var stored = _stored.GetValueOrDefault(id!);
            var userId = stored?.Id ?? ImportIds.ForRow(session.SourceSystem, id!, session.Preset.AcceptsOwnIds, takenIds.Contains);
            takenIds.Add(userId);
            if (email is not null)
            {
                var key = email.ToLowerInvariant();
                if (fileEmails.TryGetValue(key, out var first)) row.Error(Email, $"'{email}' is also on row {first}");
                else if (emailOwners.TryGetValue(key, out var owner) && owner != userId) row.Error(Email, $"'{email}' already belongs to user {owner}");
                fileEmails.TryAdd(key, row.Number);
            }
            if (objectId is not null)
            {
                if (fileObjectIds.TryGetValue(objectId, out var first)) row.Error(AadObjectId, $"'{objectId}' is also on row {first}");
                else if (objectIdOwners.TryGetValue(objectId, out var owner) && owner != userId) row.Error(AadObjectId, $"'{objectId}' already belongs to user {owner}");
                fileObjectIds.TryAdd(objectId, row.Number);
            }
            var user = new SalesUser
            {
                Id = userId, Name = name!, Email = email, Role = role, TeamId = teamId, RegionId = regionId,
                // No manager column keeps the stored manager; an empty cell clears it.
                ManagerId = row.Has(ManagerId) ? null : stored?.ManagerId,
                TimeZone = timeZone ?? stored?.TimeZone ?? session.Zone.Id,
                // Like the manager: no column keeps the stored object id; an empty cell clears it.
                Locale = stored?.Locale ?? "zh-CN", TeamsAadObjectId = row.Has(AadObjectId) ? objectId : stored?.TeamsAadObjectId,
                SourceSystem = session.SourceSystem, SourceId = id,
            };
            _rows.Add(user);
            if (manager is not null) managers.Add((row, user, manager));
        }

        var directory = session.UserDirectory(everyone)
            .AddRange(_rows.Select(u => new UserRef(u.Id, u.Name, u.Email, u.SourceSystem, u.SourceId, u.TeamId, u.RegionId)));
        foreach (var (row, user, reference) in managers)
        {
            var found = directory.Find(reference, out var problem);
            if (found is null) row.Error(ManagerId, problem!);
            else if (user is null) continue;
            else if (found.Id == user.Id) row.Error(ManagerId, "a user cannot be their own manager");
            else user.ManagerId = found.Id;
        }
    }

    /// <summary>The Entra object id cell as a lower-case GUID; a malformed one is a row error.</summary>
    private static string? ObjectId(ImportRowReader row)
    {
        var text = row.Text(AadObjectId, 64);
        if (text is null) return null;
        if (Guid.TryParse(text, out var guid)) return guid.ToString("D");
        row.Error(AadObjectId, $"'{text}' is not an Entra object id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
        return null;
    }

    public async Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var db = session.Db;
        await BulkInsert.AddAllAsync(db, _organisation.NewRegions, cancellationToken);
        await BulkInsert.AddAllAsync(db, _organisation.NewTeams, cancellationToken);
        var plan = ImportUpsert.Classify(db, _rows, _stored);
        // New users go in without their managers first: a manager may be another new row in a later batch,
        // and both providers check the self-reference on every statement.
        var managed = plan.Inserts.Where(u => u.ManagerId is not null).Select(u => (User: u, u.ManagerId)).ToList();
        foreach (var (user, _) in managed) user.ManagerId = null;
        await BulkInsert.AddAllAsync(db, plan.Inserts, cancellationToken);
        foreach (var (user, managerId) in managed) user.ManagerId = managerId;
        await ImportUpsert.UpdateAllAsync(db, [.. plan.Updates, .. managed.Select(m => m.User)], cancellationToken);
        return plan.Counts;
    }
}
