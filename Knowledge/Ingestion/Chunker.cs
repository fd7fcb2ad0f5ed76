using System.Text;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Ingestion;

/// <summary>
/// Cuts a document into passages along its outline: one passage per section's own body text, carrying the
/// path of headings above it; a long section is split at sentence ends so that each passage stays citable
/// and a retrieved passage is about one thing.
/// </summary>
public static class Chunker
{
    public const int MaxPassageChars = 700;

    public static IReadOnlyList<Passage> Chunk(ParsedDocument document, string source)
    {
        var passages = new List<Passage>();
        var path = new List<(int Level, string Text)>();
        var body = new List<string>();

        void Flush()
        {
            if (body.Count == 0) return;
            var section = path.Select(p => p.Text).ToList();
            foreach (var piece in Split(body))
            {
                passages.Add(new Passage
                {
                    Id = $"{source}#{passages.Count}",
                    Source = source,
                    Title = document.Title,
                    Section = section,
                    Text = piece,
                    Language = Script.Language(piece + string.Concat(section)),
                });
            }
            body.Clear();
        }

        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Paragraph)
            {
                body.Add(block.Text);
                continue;
            }
            Flush();
            path.RemoveAll(p => p.Level >= block.Level);
            path.Add((block.Level, block.Text));
        }
        Flush();
        return passages;
    }

    private static IEnumerable<string> Split(List<string> paragraphs)
    {
        var current = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in paragraph.Length <= MaxPassageChars ? [paragraph] : Sentences.Split(paragraph))
            {
                if (current.Length > 0 && current.Length + sentence.Length > MaxPassageChars)
                {
                    yield return current.ToString();
                    current.Clear();
                }
                if (current.Length > 0) current.Append('\n');
                current.Append(sentence);
            }
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
