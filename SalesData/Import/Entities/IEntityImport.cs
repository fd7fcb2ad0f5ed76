namespace SalesCoach.Data.Import.Entities;

/// <summary>
/// One entity's import in two steps: <see cref="PrepareAsync"/> reads and checks every row and resolves
/// references (errors go to the session, nothing is written); <see cref="SaveAsync"/> runs only for a
/// clean file, inside the caller's transaction.
/// </summary>
internal interface IEntityImport
{
    Task PrepareAsync(ImportSession session, CancellationToken cancellationToken);

    Task<ImportCounts> SaveAsync(ImportSession session, CancellationToken cancellationToken);
}
