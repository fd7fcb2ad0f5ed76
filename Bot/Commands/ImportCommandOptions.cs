using SalesCoach.Data.Import;
using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `import FILE --entity E --preset P [--json]`, parsed strictly: anything wrong is a usage error (exit 2)
/// before the file is opened. --Key=value arguments pass through as configuration, as for `seed`.
/// </summary>
public sealed record ImportCommandOptions(string File, ImportEntity Entity, ImportPreset Preset, bool Json, string[] Configuration)
{
    public const string Usage = "usage: import FILE.csv|FILE.xlsx --entity users|customers|deals|orders --preset zoho|fxiaoke|generic [--json]";

    public static ImportCommandOptions Parse(string[] args)
    {
        string? file = null, entity = null, preset = null;
        var json = false;
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--json") json = true;
            else if (arg is "--entity" or "--preset")
            {
                if (i + 1 >= args.Length) throw new CommandException($"{arg} needs a value; {Usage}");
                if (arg == "--entity") entity = args[++i];
                else preset = args[++i];
            }
            else if (arg.StartsWith("--entity=", StringComparison.Ordinal)) entity = arg["--entity=".Length..];
            else if (arg.StartsWith("--preset=", StringComparison.Ordinal)) preset = arg["--preset=".Length..];
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=')) configuration.Add(arg);
            else if (arg.StartsWith('-')) throw new CommandException($"unknown option '{arg}'; {Usage}");
            else if (file is null) file = arg;
            else throw new CommandException($"one file per import ('{arg}' is a second one); {Usage}");
        }
        if (file is null) throw new CommandException($"no file given; {Usage}");
        if (entity is null) throw new CommandException($"--entity is required; {Usage}");
        if (preset is null) throw new CommandException($"--preset is required; {Usage}");
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
