using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Deals and orders: an id, a customer and an owner that must already exist, then the entity's own
/// columns (<see cref="Read"/>); team and region follow <see cref="Attribution"/>, and the rows upsert by source id.
/// </summary>
internal abstract class AttributedImport<T> : IEntityImport where T : Attributed
{
    private readonly List<T> _rows = [];
    private Dictionary<string, T> _stored = [];

    /// <summary>Reads the rest of the row after its id, customer and owner; the entity, or null when the row failed.</summary>
    protected abstract T? Read(ImportRowReader row, CustomerRef? customer, UserRef? owner, bool amountRequired);

    public async Task PrepareAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var owners = session.UserDirectory(await session.UsersAsync(cancellationToken));
        var customers = await session.CustomerDirectoryAsync(cancellationToken);
        _stored = await session.ExistingAsync(session.Db.Set<T>(), cancellationToken);
        var amountRequired = session.IsRequired(Amount);
        var ids = new FileIds();
        foreach (var row in session.Rows())
        {
            var id = row.Id(Id);
            ids.Claim(row, id);
            var customer = ImportSession.Resolve(row, CustomerId, customers, required: true);
            var owner = ImportSession.Resolve(row, OwnerId, owners, required: true);
            if (Read(row, customer, owner, amountRequired) is not { } entity) continue;

            entity.SourceSystem = session.SourceSystem;
            entity.SourceId = id;
            Attribution.Apply(entity, owner!, _stored.GetValueOrDefault(id!));
            _rows.Add(entity);
        }
    }

    public Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken) =>
        ImportUpsert.SaveAsync(session.Db, _rows, _stored, cancellationToken);
}
