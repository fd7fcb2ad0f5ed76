namespace SalesCoach.Knowledge.Documents;

/// <summary>A document as a reader returns it: its title and its blocks in reading order, boilerplate already removed.</summary>
public sealed record ParsedDocument(string Title, IReadOnlyList<DocumentBlock> Blocks);
