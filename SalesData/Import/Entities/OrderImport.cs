using SalesCoach.Data.Model;
using static SalesCoach.Data.Import.ImportFields;

namespace SalesCoach.Data.Import.Entities;

/// <summary>Orders: a customer and an owner that must already exist, an amount, and creation and fulfilment times.</summary>
internal sealed class OrderImport : AttributedImport<Order>
{
    protected override Order? Read(ImportRowReader row, CustomerRef? customer, UserRef? owner, bool amountRequired)
    {
        var sale = row.Sale(amountRequired);
        var fulfilled = row.Time(FulfilledAt, required: false);
        if (fulfilled < sale.CreatedAt) row.Error(FulfilledAt, "is before the order was created");
        if (row.Failed) return null;

        return new Order
        {
            CustomerId = customer!.Id, OwnerId = owner!.Id, Amount = sale.Amount, Currency = sale.Currency, Channel = sale.Channel,
            CreatedAt = sale.CreatedAt!.Value, FulfilledAt = fulfilled,
        };
    }
}
