namespace SalesCoach.Data.Model;

/// <summary>A sales region (华东, 华南, 华北).</summary>
public sealed class Region
{
    public required string Id { get; set; }
    public required string Name { get; set; }
}
