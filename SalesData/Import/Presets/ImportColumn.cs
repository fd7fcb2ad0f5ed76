namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// One of our fields (<see cref="ImportFields"/>) as a preset's export names it: header aliases, best
/// first (the first one the file has is used), and whether a file without any of them is refused.
/// </summary>
public sealed record ImportColumn(string Field, bool Required, params string[] Headers);
