using System.Globalization;
using MiniExcelLibs;

namespace SalesCoach.Data.Import.Tabular;

/// <summary>
/// The first worksheet of an XLSX file through MiniExcel. Cells become text the way the CSV path sees
/// them: dates as local "yyyy-MM-dd HH:mm:ss" (Excel dates carry no zone), numbers in invariant form.
/// </summary>
internal static class XlsxTableReader
{
    public static List<TabularRow> Read(string path)
    {
        var rows = new List<TabularRow>();
        try
        {
            // MiniExcel yields empty rows for the gaps Excel leaves out, so the index is the sheet's row number.
            var number = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX))
                rows.Add(new TabularRow(++number, [.. row.Values.Select(Text)]));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new ImportFileException($"not a readable .xlsx file ({ex.Message})");
        }
        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double n when Math.Abs(n) < 7.9e27 => ((decimal)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
