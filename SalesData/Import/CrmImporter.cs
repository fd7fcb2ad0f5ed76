using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesCoach.Data.Import.Entities;
using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;
using SalesCoach.Data.Names;

namespace SalesCoach.Data.Import;

/// <summary>
/// Imports one CRM export file, all or nothing: every row is read and checked (values, references,
/// duplicates) before anything is written, and the writes run in one transaction. A file with any bad
/// row comes back with its errors and leaves the database as it was.
/// </summary>
public sealed class CrmImporter(
    IDbContextFactory<SalesCoachDbContext> factory, DatabaseInitializer initializer, SalesNames names, ILogger<CrmImporter> logger)
{
    /// <param name="zone">The company time zone (SalesCoach:TimeZone, the company clock's): what local times in the file mean.</param>
    /// <param name="progress">Told the phase and, while checking, the row reached (a 100k-row file takes a while).</param>
    /// <exception cref="ImportFileException">The file as a whole cannot be read or lacks a required column.</exception>
    public async Task<ImportResult> ImportAsync(string path, ImportEntity entity, ImportPreset preset, TimeZoneInfo zone,
        CancellationToken cancellationToken = default, IProgress<ImportStep>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new ImportStep(ImportStep.Reading, 0, 0));
        var table = TabularReader.Read(path);
        var columns = ColumnMap.Resolve(table, preset, entity);

        await initializer.InitializeAsync(cancellationToken);
        await using var db = factory.CreateDbContext();
        var session = new ImportSession(db, preset, entity, table, columns, zone, progress);
        IEntityImport import = entity switch
        {
            ImportEntity.Users => new UserImport(),
            ImportEntity.Customers => new CustomerImport(),
            ImportEntity.Deals => new DealImport(),
            _ => new OrderImport(),
        };
        await import.PrepareAsync(session, cancellationToken);
        if (session.Errors.Count > 0)
        {
            var errors = session.Errors.OrderBy(e => e.Row).ToList();
            logger.LogWarning("Import of {Entity} ({Preset}) rejected: {Errors} errors", entity, preset.Name, errors.Count);
            return new ImportResult(entity, preset.Name, table.Rows.Count, ImportCounts.None, errors, clock.Elapsed);
        }

        ImportCounts counts;
        progress?.Report(new ImportStep(ImportStep.Writing, 0, table.Rows.Count));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                counts = await import.SaveAsync(session, cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                // A constraint the checks above did not foresee (or a concurrent import): the transaction rolls back.
                throw new ImportFileException($"the database refused the import, nothing was written: {(ex.InnerException ?? ex).Message.ReplaceLineEndings(" ")}");
            }
            await transaction.CommitAsync(cancellationToken);
        }
        if (entity is ImportEntity.Users or ImportEntity.Customers) await names.RefreshAsync(cancellationToken);
        logger.LogInformation("Imported {Entity} ({Preset}) in {Elapsed} ms: {Counts}", entity, preset.Name, clock.ElapsedMilliseconds, counts);
        return new ImportResult(entity, preset.Name, table.Rows.Count, counts, [], clock.Elapsed);
    }
}
