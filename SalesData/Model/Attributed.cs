namespace SalesCoach.Data.Model;

/// <summary>
/// A fact credited to a rep, team and region. Team and region are copied onto the row when it is
/// written: a rep who moves team later does not take their history along, and KPI queries filter
/// on one table with an index instead of joining through users.
/// </summary>
public abstract class Attributed : ISourced
{
    public long Id { get; set; }
    public required string CustomerId { get; set; }
    public required string OwnerId { get; set; }
    public string? TeamId { get; set; }
    public string? RegionId { get; set; }
    public string? SourceSystem { get; set; }
    public string? SourceId { get; set; }
}
