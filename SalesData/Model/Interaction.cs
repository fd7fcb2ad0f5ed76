namespace SalesCoach.Data.Model;

/// <summary>
/// A touch with a customer. When the customer asked first (RequestedAt), FirstResponseAt minus
/// RequestedAt is 客户响应时间; outbound touches leave both empty.
/// </summary>
public sealed class Interaction : Attributed
{
    public InteractionKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? RequestedAt { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
}
