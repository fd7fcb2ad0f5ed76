using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>Orders: a customer and an owner that must already exist, an amount, and creation and fulfilment times.</summary>
internal sealed class OrderImport : IEntityImport
{
    private readonly List<Order> _rows = [];
    private Dictionary<string, Order> _stored = [];

    public async Task PrepareAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var owners = session.UserDirectory(await session.UsersAsync(cancellationToken));
        var customers = await session.CustomerDirectoryAsync(cancellationToken);
        _stored = await session.ExistingAsync(session.Db.Orders, cancellationToken);
        var ids = new FileIds();
        foreach (var row in session.Rows())
        {
            var id = row.Id(Id);
            ids.Claim(row, id);
            var customer = ImportSession.Resolve(row, CustomerId, customers, required: true);
            var owner = ImportSession.Resolve(row, OwnerId, owners, required: true);
            var (amount, symbolCurrency) = row.Amount(Amount, session.IsRequired(Amount));
            var currency = row.Currency(symbolCurrency);
            var channel = row.Channel();
            var created = row.Time(CreatedAt, required: true);
            var fulfilled = row.Time(FulfilledAt, required: false);
            if (fulfilled < created) row.Error(FulfilledAt, "is before the order was created");
            if (row.Failed) continue;

            var order = new Order
            {
                CustomerId = customer!.Id, OwnerId = owner!.Id, Amount = amount, Currency = currency, Channel = channel,
                CreatedAt = created!.Value, FulfilledAt = fulfilled, SourceSystem = session.SourceSystem, SourceId = id,
            };
            Attribution.Apply(order, owner, _stored.GetValueOrDefault(id!));
            _rows.Add(order);
        }
    }

    public Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken) =>
        ImportUpsert.SaveAsync(session.Db, ImportUpsert.Classify(session.Db, _rows, _stored), cancellationToken);
}
