namespace SalesCoach.Data.Model;

/// <summary>
/// A row that came from another system (a CRM export or the demo generator). Re-importing the same
/// (system, id) updates the row instead of adding a copy, so the pair is unique.
/// </summary>
public interface ISourced
{
    string? SourceSystem { get; set; }
    string? SourceId { get; set; }
}
