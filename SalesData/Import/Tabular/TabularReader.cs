namespace SalesCoach.Data.Import.Tabular;

/// <summary>Reads a CSV or XLSX file into a <see cref="TabularTable"/>; the first row is the header.</summary>
public static class TabularReader
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".xlsx"];

    public static bool Supports(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static TabularTable Read(string path)
    {
        var rows = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvTableReader.Read(path),
            ".xlsx" => XlsxTableReader.Read(path),
            var other => throw new ImportFileException($"unsupported file type '{other}'; use .csv or .xlsx"),
        };
        if (rows.Count == 0 || rows[0].IsBlank)
            throw new ImportFileException("the file is empty (no header row)");
        var headers = rows[0].Cells.Select(c => c?.Trim() ?? "").ToList();
        var data = rows.Skip(1).Where(r => !r.IsBlank).ToList();
        if (data.Count == 0)
            throw new ImportFileException("the file has a header row but no data rows");
        return new TabularTable(headers, data);
    }
}
