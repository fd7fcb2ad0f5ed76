namespace SalesCoach.Data.Import;

/// <summary>One reason a row was refused: the row number as the spreadsheet shows it, and the file's own column header.</summary>
public sealed record ImportError(int Row, string Column, string Reason);
