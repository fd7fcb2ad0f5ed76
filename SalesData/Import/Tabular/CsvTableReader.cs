using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SalesCoach.Data.Import.Tabular;

/// <summary>CSV through CsvHelper: the delimiter is detected (comma, semicolon, tab), quoted cells may span lines.</summary>
internal static class CsvTableReader
{
    public static List<TabularRow> Read(string path)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(path));
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectDelimiter = true,
            // Blank lines still count: the row numbers in error reports must match what Excel shows.
            IgnoreBlankLines = false,
            BadDataFound = args => throw new ImportFileException(
                $"row {args.Context.Parser?.Row}: a quoted cell is not closed properly; check the quotes in that row"),
        };
        using var reader = new CsvParser(new StringReader(text), configuration);
        var rows = new List<TabularRow>();
        while (reader.Read())
            rows.Add(new TabularRow(reader.Row, reader.Record ?? []));
        return rows;
    }
}
