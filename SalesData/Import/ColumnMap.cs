using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;

namespace SalesCoach.Data.Import;

/// <summary>Where each of our fields sits in this file: the first of the preset's header aliases the file has.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, (int Index, string Header)> _fields;

    private ColumnMap(Dictionary<string, (int, string)> fields) => _fields = fields;

    public bool Has(string field) => _fields.ContainsKey(field);

    public int Index(string field) => _fields[field].Index;

    public string Header(string field) => _fields.TryGetValue(field, out var f) ? f.Header : field;

    /// <summary>Maps the header row; a file missing a required column is refused, naming every missing one.</summary>
    public static ColumnMap Resolve(TabularTable table, ImportPreset preset, ImportEntity entity)
    {
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < table.Headers.Count; i++)
            positions.TryAdd(ImportText.Key(table.Headers[i]), i);

        var fields = new Dictionary<string, (int, string)>();
        var missing = new List<string>();
        foreach (var column in preset.Columns[entity])
        {
            var found = column.Headers.Select(h => positions.TryGetValue(ImportText.Key(h), out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
            if (found >= 0) fields[column.Field] = (found, table.Headers[found]);
            else if (column.Required) missing.Add(string.Join(" / ", column.Headers.Select(h => $"'{h}'")));
        }
        if (missing.Count > 0)
            throw new ImportFileException(
                $"missing required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} for {entity.ToString().ToLowerInvariant()} with preset {preset.Name}");
        return new ColumnMap(fields);
    }
}
