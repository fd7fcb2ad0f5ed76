namespace SalesCoach.Data.Model;

/// <summary>A sales team inside one region; its manager is the user with role Manager in it.</summary>
public sealed class Team
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string RegionId { get; set; }
}
