namespace SalesCoach.Data.Import.Tabular;

/// <summary>A sheet read into memory: the header row and the data rows, whatever the file format was.</summary>
public sealed record TabularTable(IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows);
