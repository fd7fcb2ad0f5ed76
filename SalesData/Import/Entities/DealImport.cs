using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// Deals. ClosedAt is set for Won and Lost deals only: CRMs keep an expected closing date on open deals
/// (Zoho's "Closing Date", 纷享's 预计成交日期), and conversion counts deals by the date they closed.
/// A closed deal without a date is refused, because it would never count.
/// </summary>
internal sealed class DealImport : AttributedImport<Deal>
{
    protected override Deal? Read(ImportRowReader row, CustomerRef? customer, UserRef? owner, bool amountRequired)
    {
        var stage = row.Stage();
        var sale = row.Sale(amountRequired);
        var closed = row.Time(ClosedAt, required: false);
        var isClosed = stage is DealStage.Won or DealStage.Lost;
        if (isClosed && closed is null && !row.Failed) row.Error(ClosedAt, $"a {stage} deal needs its closing date");
        if (row.Failed) return null;

        return new Deal
        {
            CustomerId = customer!.Id, OwnerId = owner!.Id, Stage = stage!.Value, Amount = sale.Amount, Currency = sale.Currency,
            Channel = sale.Channel, CreatedAt = sale.CreatedAt!.Value, ClosedAt = isClosed ? closed : null,
        };
    }
}
