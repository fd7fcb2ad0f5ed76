using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import;

namespace SalesCoach.Tests.Import;

/// <summary>The users import's aad_object_id column: what links a Teams or web sign-in to an imported user.</summary>
public sealed class ObjectIdImportTests : IDisposable
{
    private static readonly string[] Headers = ["id", "name", "email", "role", "team", "region", "manager_id", "timezone", "aad_object_id"];
    private const string First = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
    private const string Second = "9b2c1a77-0c55-4f3e-8a61-2d9f3f4f1e10";
    private readonly SampleFiles _files = new();

    [Fact]
    public async Task TheObjectIdIsStoredAsALowerCaseGuidAndAFileWithoutTheColumnKeepsIt()
    {
        await using var db = await ImportTestDatabase.SqliteAsync();
        await db.ImportOkAsync(Users("with.csv", ["u1", "张伟", "zw@example.cn", "rep", "", "", "", "", First]), ImportEntity.Users, "generic");
        Assert.Equal(First.ToLowerInvariant(), await ObjectIdAsync(db, "u1"));

        var without = _files.Csv("without.csv", SampleFiles.Utf8Bom, Headers[..^1], ["u1", "张伟", "zw@example.cn", "rep", "", "", "", ""]);
        await db.ImportOkAsync(without, ImportEntity.Users, "generic");
        Assert.Equal(First.ToLowerInvariant(), await ObjectIdAsync(db, "u1"));

        await db.ImportOkAsync(Users("cleared.csv", ["u1", "张伟", "zw@example.cn", "rep", "", "", "", "", ""]), ImportEntity.Users, "generic");
        Assert.Null(await ObjectIdAsync(db, "u1"));
    }

    [Fact]
    public async Task AMalformedOrDuplicateObjectIdRejectsTheWholeFile()
    {
        await using var db = await ImportTestDatabase.SqliteAsync();
        await db.ImportOkAsync(Users("first.csv", ["u1", "张伟", "", "rep", "", "", "", "", First]), ImportEntity.Users, "generic");
        var before = await db.CountsAsync();

        var bad = Users("bad.csv",
            ["u2", "李娜", "", "rep", "", "", "", "", Second],          // row 2: good
            ["u3", "王芳", "", "rep", "", "", "", "", "not-a-guid"],    // row 3: malformed
            ["u4", "刘洋", "", "rep", "", "", "", "", Second],          // row 4: same as row 2
            ["u5", "陈静", "", "rep", "", "", "", "", First.ToLowerInvariant()]); // row 5: u1's
        var result = await db.ImportAsync(bad, ImportEntity.Users, "generic");
        Assert.False(result.Accepted);
        Assert.Equal([(3, "aad_object_id"), (4, "aad_object_id"), (5, "aad_object_id")], result.Errors.Select(e => (e.Row, e.Column)).ToArray());
        Assert.Contains("not an Entra object id", result.Errors[0].Reason);
        Assert.Contains("also on row 2", result.Errors[1].Reason);
        Assert.Contains("already belongs to user u1", result.Errors[2].Reason);
        Assert.Equal(before, await db.CountsAsync());
    }

    private string Users(string name, params string[][] rows) => _files.Csv(name, SampleFiles.Utf8Bom, [Headers, .. rows]);

    private static Task<string?> ObjectIdAsync(ImportTestDatabase db, string sourceId) =>
        db.QueryAsync(d => d.Users.Where(u => u.SourceId == sourceId).Select(u => u.TeamsAadObjectId).SingleAsync());

    public void Dispose() => _files.Dispose();
}
