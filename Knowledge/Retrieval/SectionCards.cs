using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// Section cards (Resources/section-cards.jsonl): for each section of the guide, the questions it answers and its
/// key terms, in Chinese and English, written by our writers without sight of any evaluation set. They are
/// indexed as fields of their own, so a question worded the way people ask finds the section worded the way
/// the guide writes, and an English question finds a Chinese section through its English card.
/// A card names its section by the headings path, by its last headings ("2. 如何提高…?" for
/// "相关问答FAQs > 2. 如何提高…?"), or by the document's title for the text before the first heading.
/// </summary>
internal sealed class SectionCards
{
    private const string Resource = "SalesCoach.Knowledge.Resources.section-cards.jsonl";

    private static readonly Lazy<SectionCards> Loaded = new(Load);

    private readonly List<Card> _cards = [];

    public static SectionCards Shipped => Loaded.Value;

    public int Count => _cards.Count;

    /// <summary>The card for a document passage's section, or null.</summary>
    public Card? For(Passage passage)
    {
        if (passage.Kind != PassageKind.Document) return null;
        var path = passage.SectionPath;
        return _cards.FirstOrDefault(c => c.Section == path)
            ?? _cards.FirstOrDefault(c => path.Length > 0 && path.EndsWith(SectionPaths.Separator + c.Section, StringComparison.Ordinal))
            ?? (path.Length == 0 ? _cards.FirstOrDefault(c => c.Section == passage.Title) : null);
    }

    internal static SectionCards Parse(TextReader reader)
    {
        var cards = new SectionCards();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var card = JsonSerializer.Deserialize<Card>(line) ?? throw new FormatException($"section cards line {number}: empty");
            if (string.IsNullOrWhiteSpace(card.Section)) throw new FormatException($"section cards line {number}: no section");
            cards._cards.Add(card with { Section = SectionPaths.Join(SectionPaths.Split(card.Section)) });
        }
        return cards;
    }

    private static SectionCards Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Missing resource {Resource}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal sealed record Card(
        [property: JsonPropertyName("section")] string Section,
        [property: JsonPropertyName("questions_zh")] IReadOnlyList<string>? QuestionsZh,
        [property: JsonPropertyName("questions_en")] IReadOnlyList<string>? QuestionsEn,
        [property: JsonPropertyName("keywords_zh")] IReadOnlyList<string>? KeywordsZh,
        [property: JsonPropertyName("keywords_en")] IReadOnlyList<string>? KeywordsEn)
    {
        public string Chinese => string.Join('\n', (QuestionsZh ?? []).Concat(KeywordsZh ?? []));

        public string English => string.Join('\n', (QuestionsEn ?? []).Concat(KeywordsEn ?? []));
    }
}
