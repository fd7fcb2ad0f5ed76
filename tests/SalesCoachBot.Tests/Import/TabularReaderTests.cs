using System.IO.Compression;
using System.Text;
using SalesCoach.Data.Import;
using SalesCoach.Data.Import.Tabular;

namespace SalesCoach.Tests.Import;

public sealed class TabularReaderTests : IDisposable
{
    private readonly SampleFiles _files = new();

    [Fact]
    public void Gb18030AndUtf8FilesReadTheSameChinese()
    {
        string[][] rows = [["客户名称", "负责人"], ["深圳市某某科技有限公司", "王芳"]];
        var gbk = TabularReader.Read(_files.Csv("gbk.csv", SampleFiles.Gb18030, rows));
        var utf8 = TabularReader.Read(_files.Csv("utf8.csv", SampleFiles.Utf8Bom, rows));
        var plain = TabularReader.Read(_files.Csv("plain.csv", new UTF8Encoding(false), rows));
        foreach (var table in new[] { gbk, utf8, plain })
        {
            Assert.Equal(["客户名称", "负责人"], table.Headers);
            Assert.Equal(["深圳市某某科技有限公司", "王芳"], table.Rows.Single().Cells);
        }
    }

    [Fact]
    public void RowNumbersAreTheOnesTheSpreadsheetShows()
    {
        // A quoted cell over two lines is one spreadsheet row; a blank line is a row of its own.
        var path = Path.Combine(_files.Folder, "multiline.csv");
        File.WriteAllText(path, "id,note\r\n1,\"two\r\nlines\"\r\n\r\n3,x\r\n", SampleFiles.Utf8Bom);
        Assert.Equal([2, 4], TabularReader.Read(path).Rows.Select(r => r.Number));

        var xlsx = _files.Xlsx("rows.xlsx", ["id", "when"], ["1", new DateTime(2024, 3, 5, 14, 30, 0)], [null, null], ["3", 45356]);
        var table = TabularReader.Read(xlsx);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("2024-03-05 14:30:00", table.Rows[0].Cells[1]);
    }

    [Fact]
    public void RowsExcelLeavesOutOfTheSheetStillCount()
    {
        // Excel writes no <row> element for empty rows; move the second data row from row 3 to row 5.
        var xlsx = _files.Xlsx("gaps.xlsx", ["id", "name"], ["1", "a"], ["2", "b"]);
        using (var zip = ZipFile.Open(xlsx, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml.Replace("r=\"3\"", "r=\"5\"").Replace("A3\"", "A5\"").Replace("B3\"", "B5\""));
        }
        Assert.Equal([(2, "1"), (5, "2")], TabularReader.Read(xlsx).Rows.Select(r => (r.Number, r.Cells[0])));
    }

    [Fact]
    public void SemicolonAndTabSeparatedFilesAreDetected()
    {
        var path = Path.Combine(_files.Folder, "semicolon.csv");
        File.WriteAllText(path, "id;name\n1;Acme\n", SampleFiles.Utf8Bom);
        Assert.Equal(["id", "name"], TabularReader.Read(path).Headers);
    }

    [Fact]
    public void EmptyHeaderOnlyAndBrokenFilesAreRefusedInOneLine()
    {
        var empty = Path.Combine(_files.Folder, "empty.csv");
        File.WriteAllText(empty, "");
        Assert.Contains("empty", Assert.Throws<ImportFileException>(() => TabularReader.Read(empty)).Message);
        var header = _files.Csv("header.csv", SampleFiles.Utf8Bom, ["id", "name"]);
        Assert.Contains("no data rows", Assert.Throws<ImportFileException>(() => TabularReader.Read(header)).Message);
        var broken = Path.Combine(_files.Folder, "broken.xlsx");
        File.WriteAllText(broken, "this is not a zip");
        Assert.Contains("not a readable .xlsx", Assert.Throws<ImportFileException>(() => TabularReader.Read(broken)).Message);
        var quote = Path.Combine(_files.Folder, "quote.csv");
        File.WriteAllText(quote, "id,name\n1,ok\n2,Acme \"Best\" Ltd\n");
        Assert.StartsWith("row 3:", Assert.Throws<ImportFileException>(() => TabularReader.Read(quote)).Message);
    }

    public void Dispose() => _files.Dispose();
}
