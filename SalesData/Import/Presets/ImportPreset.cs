using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// An export format, as data: for each entity the columns it maps, and how its stage and role values
/// read. Its name is also the SourceSystem of the rows it imports, so re-imports find their rows again.
/// </summary>
public sealed class ImportPreset
{
    public required string Name { get; init; }
    public required IReadOnlyDictionary<ImportEntity, IReadOnlyList<ImportColumn>> Columns { get; init; }

    /// <summary>Stage names (already <see cref="ImportText.Key"/>-folded) onto our stages.</summary>
    public required IReadOnlyDictionary<string, DealStage> Stages { get; init; }

    /// <summary>Role or profile names (folded) onto our roles.</summary>
    public required IReadOnlyDictionary<string, SalesRole> Roles { get; init; }

    /// <summary>References may also name our own row ids (the generic preset, for hand-made files).</summary>
    public bool AcceptsOwnIds { get; init; }
}
