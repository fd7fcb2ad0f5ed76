namespace SalesCoach.Data.Import.Entities;

/// <summary>What references need of a customer: its id, name and source identity.</summary>
internal sealed record CustomerRef(string Id, string Name, string? SourceSystem, string? SourceId);
