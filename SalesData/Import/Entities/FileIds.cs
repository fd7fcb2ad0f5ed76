namespace SalesCoach.Data.Import.Entities;

/// <summary>Source ids seen so far in one file: the same id twice would upsert one row twice, so the second is an error.</summary>
internal sealed class FileIds
{
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.Ordinal);

    public void Claim(ImportRowReader row, string? id)
    {
        if (id is null) return;
        if (!_firstRow.TryAdd(id, row.Number))
            row.Error(ImportFields.Id, $"duplicate id '{id}' (first on row {_firstRow[id]})");
    }
}
