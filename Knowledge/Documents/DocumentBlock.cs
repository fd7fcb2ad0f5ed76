namespace SalesCoach.Knowledge.Documents;

/// <summary>One structural unit of a read document; <paramref name="Level"/> counts from 1 for headings, 0 for paragraphs.</summary>
public sealed record DocumentBlock(BlockKind Kind, int Level, string Text)
{
    public static DocumentBlock Heading(int level, string text) => new(BlockKind.Heading, level, text);

    public static DocumentBlock Paragraph(string text) => new(BlockKind.Paragraph, 0, text);
}
