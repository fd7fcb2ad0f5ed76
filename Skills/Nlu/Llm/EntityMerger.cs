namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>
/// The model's spans are kept, but resolving them (dates in the user's time zone, amounts, catalogue
/// names) is the offline resolvers' job: where the offline recogniser found the same entity, i.e.
/// same name and an overlapping span, its resolution is carried over.
/// </summary>
internal static class EntityMerger
{
    public static IReadOnlyList<EntitySpan> Merge(IReadOnlyList<EntitySpan> fromModel, IReadOnlyList<EntitySpan> offline) =>
        [.. fromModel.Select(entity => entity with { Resolution = ResolutionFor(entity, offline) })];

    private static object? ResolutionFor(EntitySpan entity, IReadOnlyList<EntitySpan> offline) =>
        offline
            .Where(o => o.Name == entity.Name && o.Resolution is not null && Overlaps(o, entity))
            .OrderByDescending(o => o.Start == entity.Start && o.Length == entity.Length)
            .Select(o => o.Resolution)
            .FirstOrDefault();

    private static bool Overlaps(EntitySpan a, EntitySpan b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
}
