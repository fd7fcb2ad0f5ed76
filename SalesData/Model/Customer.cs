namespace SalesCoach.Data.Model;

/// <summary>A customer company, owned by one rep.</summary>
public sealed class Customer : ISourced
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Industry { get; set; }

    /// <summary>A, B or C: the account's size class, as CRMs usually tag it.</summary>
    public string? Tier { get; set; }
    public string? OwnerId { get; set; }
    public string? TeamId { get; set; }
    public string? RegionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Kept on the row (not computed from interactions) so "customers not contacted for months" is one indexed filter.</summary>
    public DateTimeOffset? LastContactAt { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceId { get; set; }
}
