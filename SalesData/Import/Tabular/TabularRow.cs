namespace SalesCoach.Data.Import.Tabular;

/// <summary>One data row: its number as the spreadsheet shows it (the header is row 1) and its cells as text.</summary>
public sealed record TabularRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? Cell(int index) => index < Cells.Count ? Cells[index] : null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
