namespace SalesCoach.Knowledge.Documents;

/// <summary>What a reader found: a heading (with its level) or a paragraph of body text.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
}
