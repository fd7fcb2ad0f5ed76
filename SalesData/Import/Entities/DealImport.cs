using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Deals. ClosedAt is set for Won and Lost deals only: CRMs keep an expected closing date on open deals
/// (Zoho's "Closing Date", 纷享's 预计成交日期), and conversion counts deals by the date they closed.
/// A closed deal without a date is refused, because it would never count.
/// </summary>
internal sealed class DealImport : IEntityImport
{
    private readonly List<Deal> _rows = [];
    private Dictionary<string, Deal> _stored = [];

    public async Task PrepareAsync(ImportSession session, CancellationToken cancellationToken)
    {
        var owners = session.UserDirectory(await session.UsersAsync(cancellationToken));
        var customers = await session.CustomerDirectoryAsync(cancellationToken);
        _stored = await session.ExistingAsync(session.Db.Deals, cancellationToken);
        var ids = new FileIds();
        foreach (var row in session.Rows())
        {
            var id = row.Id(Id);
            ids.Claim(row, id);
            var customer = ImportSession.Resolve(row, CustomerId, customers, required: true);
            var owner = ImportSession.Resolve(row, OwnerId, owners, required: true);
            var stage = row.Stage();
            var (amount, symbolCurrency) = row.Amount(Amount, session.IsRequired(Amount));
            var currency = row.Currency(symbolCurrency);
            var channel = row.Channel();
            var created = row.Time(CreatedAt, required: true);
            var closed = row.Time(ClosedAt, required: false);
            var isClosed = stage is DealStage.Won or DealStage.Lost;
            if (isClosed && closed is null && !row.Failed) row.Error(ClosedAt, $"a {stage} deal needs its closing date");
            if (row.Failed) continue;

            var deal = new Deal
            {
                CustomerId = customer!.Id, OwnerId = owner!.Id, Stage = stage!.Value, Amount = amount, Currency = currency,
                Channel = channel, CreatedAt = created!.Value, ClosedAt = isClosed ? closed : null,
                SourceSystem = session.SourceSystem, SourceId = id,
            };
            Attribution.Apply(deal, owner, _stored.GetValueOrDefault(id!));
            _rows.Add(deal);
        }
    }

    public Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken) =>
        ImportUpsert.SaveAsync(session.Db, ImportUpsert.Classify(session.Db, _rows, _stored), cancellationToken);
}
