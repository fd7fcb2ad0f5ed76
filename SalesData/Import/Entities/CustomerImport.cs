using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Customers (Zoho Accounts, 纷享 客户). The owner is optional; when given it must exist, and the
/// customer takes the owner's team and region like attributed rows do. Tier and LastContactAt are not in
/// every export, so a stored value is kept when the file has none.
/// </summary>
internal sealed class CustomerImport : IEntityImport
{
    private readonly List<Customer> _rows = [];
    private Dictionary<string, Customer> _stored = [];

    public async Task PrepareAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var owners = session.UserDirectory(await session.UsersAsync(cancellationToken));
        var customers = await session.CustomerDirectoryAsync(cancellationToken);
        _stored = await session.ExistingAsync(session.Db.Customers, cancellationToken);
        var ids = new FileIds();
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in session.Rows())
        {
            var id = row.Id(Id);
            ids.Claim(row, id);
            var name = row.Required(Name);
            var industry = row.Text(Industry, 64);
            var owner = ImportSession.Resolve(row, OwnerId, owners, required: false);
            var created = row.Time(CreatedAt, required: true);
            var lastContact = row.Time(LastContactAt, required: false);
            if (row.Failed) continue;

            var stored = _stored.GetValueOrDefault(id!);
            var keepAttribution = stored is not null && stored.OwnerId == owner?.Id;
            _rows.Add(new Customer
            {
                Id = stored?.Id ?? NewId(session, id!, customers, assigned),
                Name = name!, Industry = industry, Tier = stored?.Tier, OwnerId = owner?.Id,
                TeamId = keepAttribution ? stored!.TeamId : owner?.TeamId,
                RegionId = keepAttribution ? stored!.RegionId : owner?.RegionId,
                CreatedAt = created!.Value, LastContactAt = lastContact ?? stored?.LastContactAt,
                SourceSystem = session.SourceSystem, SourceId = id,
            });
        }
    }

    private static string NewId(ImportSession session, string sourceId, ReferenceDirectory<CustomerRef> customers, HashSet<string> assigned)
    {
        var id = ImportIds.ForRow(session.SourceSystem, sourceId, session.Preset.AcceptsOwnIds, c => customers.HasOwnId(c) || assigned.Contains(c));
        assigned.Add(id);
        return id;
    }

    public Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken) =>
        ImportUpsert.SaveAsync(session.Db, _rows, _stored, cancellationToken);
}
