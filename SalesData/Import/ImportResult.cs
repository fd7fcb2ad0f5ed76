namespace SalesCoach.Data.Import;

/// <summary>The outcome of one file (<paramref name="Rows"/> data rows read): counts when accepted, or the row errors that rejected it (and then nothing was written).</summary>
public sealed record ImportResult(ImportEntity Entity, string Preset, int Rows, ImportCounts Counts, IReadOnlyList<ImportError> Errors, TimeSpan Elapsed)
{
    public bool Accepted => Errors.Count == 0;

    /// <summary>Rows with at least one error; a row can fail on several columns at once.</summary>
    public int RejectedRows => Errors.Select(e => e.Row).Distinct().Count();
}
