using Microsoft.EntityFrameworkCore;
using SalesCoach.Data.Import.Entities;
using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;
using SalesCoach.Data.Import.Values;

namespace SalesCoach.Data.Import;

/// <summary>One file being imported: the database, the preset, the mapped table and the errors found so far.</summary>
internal sealed class ImportSession(SalesCoachDbContext db, ImportPreset preset, ImportEntity entity, TabularTable table, ColumnMap columns, TimeZoneInfo zone,
    IProgress<ImportStep>? progress = null)
{
    private readonly TimeParser _times = new(zone);

    public SalesCoachDbContext Db => db;
    public ImportPreset Preset => preset;
    public string SourceSystem => preset.Name;
    public TimeZoneInfo Zone => zone;
    public List<ImportError> Errors { get; } = [];

    public IEnumerable<ImportRowReader> Rows() => table.Rows.Select((r, i) =>
    {
        if (progress is not null && (i % ImportStep.Every == 0 || i == table.Rows.Count - 1))
            progress.Report(new ImportStep(ImportStep.Checking, i + 1, table.Rows.Count));
        return new ImportRowReader(r, columns, preset, _times, Errors);
    });

    /// <summary>A required column must also have a value in every row.</summary>
    public bool IsRequired(string field) => preset.Columns[entity].Any(c => c.Field == field && c.Required);

    public async Task<List<UserRef>> UsersAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Select(u => new UserRef(u.Id, u.Name, u.Email, u.SourceSystem, u.SourceId, u.TeamId, u.RegionId))
            .ToListAsync(cancellationToken);

    public ReferenceDirectory<UserRef> UserDirectory(IEnumerable<UserRef> users) =>
        new ReferenceDirectory<UserRef>(SourceSystem, preset.AcceptsOwnIds, u => u.Id, u => u.SourceSystem, u => u.SourceId, u => [u.Name, u.Email])
            .AddRange(users);

    public async Task<ReferenceDirectory<CustomerRef>> CustomerDirectoryAsync(CancellationToken cancellationToken) =>
        new ReferenceDirectory<CustomerRef>(SourceSystem, preset.AcceptsOwnIds, c => c.Id, c => c.SourceSystem, c => c.SourceId, c => [c.Name])
            .AddRange(await db.Customers.AsNoTracking()
                .Select(c => new CustomerRef(c.Id, c.Name, c.SourceSystem, c.SourceId))
                .ToListAsync(cancellationToken));

    /// <summary>The rows this preset imported before, by source id: what a re-import updates.</summary>
    public async Task<Dictionary<string, T>> ExistingAsync<T>(IQueryable<T> table, CancellationToken cancellationToken) where T : class, Model.ISourced
    {
        var system = SourceSystem;
        var rows = await table.AsNoTracking().Where(r => r.SourceSystem == system && r.SourceId != null).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SourceId!, StringComparer.Ordinal);
    }

    /// <summary>Resolves a reference cell through <paramref name="directory"/>, recording why when it cannot.</summary>
    public static T? Resolve<T>(ImportRowReader row, string field, ReferenceDirectory<T> directory, bool required) where T : class
    {
        var reference = required ? row.Required(field) : row.Text(field);
        if (reference is null) return null;
        var found = directory.Find(reference, out var problem);
        if (found is null) row.Error(field, problem!);
        return found;
    }
}
