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
    }

    public void Dispose() => _files.Dispose();
}
