namespace SalesCoach.Data;

/// <summary>Where the project's data lives (section "SalesCoach").</summary>
public sealed class DataOptions
{
    public const string SectionName = "SalesCoach";

    /// <summary>Folder for the SQLite file, the knowledge-base index and uploads.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Seed the demo company on first run.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>The SQLite file used when no PostgreSQL connection string is configured.</summary>
    public string SqliteFileName { get; set; } = "salescoach.db";

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, SqliteFileName));
}
