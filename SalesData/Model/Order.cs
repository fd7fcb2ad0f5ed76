namespace SalesCoach.Data.Model;

/// <summary>A customer order: 销售额 and 订单量 by creation time, 订单处理时间 from creation to fulfilment.</summary>
public sealed class Order : Attributed
{
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public required string Channel { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FulfilledAt { get; set; }
}
