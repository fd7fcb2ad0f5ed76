using System.Text.Json;
using SalesCoach.Bot.Commands;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Import;

/// <summary>The `import` command as an admin runs it: exit codes, the one-line reason first, JSON with --json.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly SampleFiles _files = new();
    private readonly string _data = TempDirectory.Create("import-cli");

    private string Setting => $"--SalesCoach:DataDirectory={_data}";

    [Fact]
    public async Task UsageErrorsExitTwoBeforeTouchingTheDatabase()
    {
        var csv = GenericUsers();
        Assert.Equal(2, await AdminCommands.RunAsync(["import", csv, "--entity", "leads", "--preset", "generic", Setting]));
        Assert.Equal(2, await AdminCommands.RunAsync(["import", csv, "--entity", "users", "--preset", "salesforce", Setting]));
        Assert.Equal(2, await AdminCommands.RunAsync(["import", csv, "--entity", "users", Setting]));
        Assert.Equal(2, await AdminCommands.RunAsync(["import", Path.ChangeExtension(csv, ".xls"), "--entity", "users", "--preset", "generic", Setting]));
        Assert.Equal(2, await AdminCommands.RunAsync(["import", Path.Combine(_files.Folder, "missing.csv"), "--entity", "users", "--preset", "generic", Setting]));
        Assert.Equal(2, await AdminCommands.RunAsync(["import", csv, "--entity", "users", "--preset", "generic", "--dry-run", Setting]));
        Assert.False(File.Exists(Path.Combine(_data, "salescoach.db")));
    }

    [Fact]
    public async Task AGoodFileImportsAndARepeatChangesNothing()
    {
        var csv = GenericUsers();
        Assert.Equal(0, await AdminCommands.RunAsync(["import", csv, "--entity", "users", "--preset", "generic", Setting]));
        Assert.Equal(0, await AdminCommands.RunAsync(["import", csv, "--entity=users", "--preset=generic", "--json", Setting]));
    }

    [Fact]
    public async Task FileLevelProblemsExitFourWithOneLine()
    {
        var empty = Path.Combine(_files.Folder, "empty.csv");
        await File.WriteAllBytesAsync(empty, SampleFiles.Utf8Bom.GetPreamble());
        var (code, output) = await RunAsync(empty, "users", "generic");
        Assert.Equal((4, "error: empty.csv rejected: the file is empty (no header row)"), (code, output.Trim()));

        var noStage = _files.Csv("Deals.csv", SampleFiles.Utf8Bom, ["Record Id", "Deal Owner", "Account Name", "Amount", "Created Time"], ["1", "a", "b", "1", "2024-01-01"]);
        (code, output) = await RunAsync(noStage, "deals", "zoho");
        Assert.Equal(4, code);
        Assert.Single(output.Trim().Split('\n'));
        Assert.Contains("missing required column 'Stage' for deals with preset zoho", output);
    }

    [Fact]
    public async Task BadRowsExitFourWithTheSummaryFirstAndOneLinePerError()
    {
        var users = _files.Csv("users.csv", SampleFiles.Utf8Bom,
            ["id", "name", "email", "role", "team", "region", "manager_id", "timezone"],
            ["u1", "张伟", "", "boss", "", "", "", ""],
            ["u2", "李娜", "", "rep", "", "", "nobody", "Mars/Olympus"]);
        var (code, output) = await RunAsync(users, "users", "generic");
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Equal(4, code);
        Assert.Equal("error: users.csv rejected: 3 errors in 2 of 2 rows; nothing was written.", lines[0]);
        Assert.Contains("  row 2, role: unknown role 'boss' (rep, manager, admin / 销售, 经理, 管理员)", lines);
        Assert.Contains(lines, l => l.StartsWith("  row 3, timezone: unknown time zone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  row 3, manager_id: 'nobody' does not exist", StringComparison.Ordinal));

        (code, output) = await RunAsync(users, "users", "generic", "--json");
        Assert.Equal(4, code);
        // stdout (the JSON) and stderr (the summary) interleave in any order; the JSON is one line.
        var json = JsonDocument.Parse(output.Split('\n').Single(l => l.StartsWith('{'))).RootElement;
        Assert.Equal(("users", "generic", 0), (json.GetProperty("entity").GetString(), json.GetProperty("preset").GetString(), json.GetProperty("inserted").GetInt32()));
        Assert.Equal(3, json.GetProperty("errors").GetArrayLength());
        Assert.Equal(2, json.GetProperty("errors")[0].GetProperty("row").GetInt32());
    }

    private string GenericUsers() => _files.Csv("users.csv", SampleFiles.Utf8Bom,
        ["id", "name", "email", "role", "team", "region", "manager_id", "timezone"],
        ["u1", "张伟", "zw@example.cn", "销售", "华东一组", "华东", "", ""]);

    private Task<(int ExitCode, string Output)> RunAsync(string file, string entity, string preset, params string[] more) =>
        BotProcess.RunToExitAsync(new Dictionary<string, string?>(), ["import", file, "--entity", entity, "--preset", preset, Setting, .. more]);

    public void Dispose() => _files.Dispose();
}
