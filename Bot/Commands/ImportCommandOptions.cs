using SalesCoach.Data.Import;
using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `import FILE --entity E --preset P [--json]`, checked strictly: anything wrong is a usage error (exit 2)
/// before the file is opened. --Key=value arguments pass through as configuration, as for `seed`.
/// </summary>
public sealed record ImportCommandOptions(string File, ImportEntity Entity, ImportPreset Preset, bool Json, string[] Configuration)
{
    /// <summary>Checks what the command line cannot: a known entity and preset, a supported file that exists (usage errors, exit 2).</summary>
    public static ImportCommandOptions Create(string file, string entity, string preset, bool json, string[] configuration)
    {
        if (!Enum.TryParse<ImportEntity>(entity, ignoreCase: true, out var parsedEntity) || !Enum.IsDefined(parsedEntity) || char.IsDigit(entity[0]))
            throw new CommandException($"unknown entity '{entity}'; use users, customers, deals or orders");
        var parsedPreset = ImportPresets.Find(preset)
            ?? throw new CommandException($"unknown preset '{preset}'; use {string.Join(", ", ImportPresets.All.Keys)}");
        if (!TabularReader.Supports(file))
            throw new CommandException($"unsupported file type '{Path.GetExtension(file)}' ({file}); use .csv or .xlsx");
        if (!System.IO.File.Exists(file)) throw new CommandException($"file not found: {file}");
        return new ImportCommandOptions(Path.GetFullPath(file), parsedEntity, parsedPreset, json, [.. configuration]);
    }
}
