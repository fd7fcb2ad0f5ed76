using System.Text;
using MiniExcelLibs;

namespace SalesCoach.Tests.Import;

/// <summary>Writes sample exports the way the CRMs and Excel save them: CSV in UTF-8 with a BOM or in GB18030, and XLSX.</summary>
internal sealed class SampleFiles : IDisposable
{
    public static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    static SampleFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    private readonly Infrastructure.TempDirectory _folder = new("import");

    public string Folder => _folder.Path;

    /// <summary>Every cell quoted (as Excel does when it must), quotes doubled; CRLF line ends like Windows exports.</summary>
    public string Csv(string name, Encoding encoding, params string[][] rows)
    {
        var path = Path.Combine(Folder, name);
        var text = string.Concat(rows.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\r\n"));
        File.WriteAllText(path, text, encoding);
        return path;
    }

    /// <summary>An XLSX sheet: the first row is the header; DateTime values become date cells, numbers numeric cells.</summary>
    public string Xlsx(string name, string[] headers, params object?[][] rows)
    {
        var path = Path.Combine(Folder, name);
        var sheet = rows.Select(r =>
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < headers.Length; i++) row[headers[i]] = r[i];
            return row;
        }).ToList();
        MiniExcel.SaveAs(path, sheet);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
