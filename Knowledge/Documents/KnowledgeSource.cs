namespace SalesCoach.Knowledge.Documents;

/// <summary>One ingested document as stored: its name (the key a re-ingest replaces), title and passages.</summary>
public sealed record KnowledgeSource(string Name, string Title, DateTimeOffset IngestedAt, IReadOnlyList<Passage> Passages);
