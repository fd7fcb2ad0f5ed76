namespace SalesCoach.Data.Import.Entities;

/// <summary>What references need of a user: identities to match on and the team and region attributed rows copy.</summary>
internal sealed record UserRef(string Id, string Name, string? Email, string? SourceSystem, string? SourceId, string? TeamId, string? RegionId);
