namespace SalesCoach.Data.Import;

/// <summary>The file as a whole cannot be imported (empty, unreadable, a required column missing): one line, nothing written.</summary>
public sealed class ImportFileException(string message) : Exception(message);
