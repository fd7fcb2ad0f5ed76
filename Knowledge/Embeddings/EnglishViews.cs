using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Embeddings;

/// <summary>Which English texts stand for a Chinese guide section when an English-only model ranks it.</summary>
[Flags]
public enum EnglishViewKinds
{
    None = 0,

    /// <summary>The English questions of the section's card.</summary>
    Cards = 1,

    /// <summary>The English playbook sections whose "guide:" line names the section.</summary>
    Twins = 2,

    /// <summary>The section's text glossed word by word through CC-CEDICT.</summary>
    Glosses = 4,

    /// <summary>English passages (the English playbook where no ingested section stands for it, English documents) as themselves.</summary>
    Own = 8,

    All = Cards | Twins | Glosses | Own,
}

/// <summary>
/// The English texts each passage that can answer an English question is embedded as. all-MiniLM-L6-v2 reads English
/// only (Chinese characters are unknown tokens to it), so a Chinese guide section is represented by English texts
/// about it: its card's questions, its English playbook twins, and its CC-CEDICT gloss; a passage's similarity to a
/// question is that of its closest view. English passages can be their own view. The Chinese playbook is never a
/// candidate: an English asker is answered from the English side.
/// </summary>
internal static class EnglishViews
{
    // all-MiniLM-L6-v2 was trained on 128 word pieces and reads at most 256; longer texts would be cut anyway.
    private const int MaxCharacters = 600;
    private const int MaxGlossWords = 60;

    public static List<(Passage Passage, string Text)> Of(IReadOnlyList<Passage> passages, SectionCards? cards, EnglishViewKinds kinds)
    {
        var views = new List<(Passage, string)>();
        var documentPaths = passages.Where(p => p.Kind == PassageKind.Document).Select(SectionPaths.Reference).ToHashSet(StringComparer.Ordinal);
        var englishPlaybook = passages.Where(p => p.Kind == PassageKind.Playbook && p.Language == "en" && p.Text.Length > 0).ToList();
        foreach (var passage in passages)
        {
            if (passage.Kind == PassageKind.Playbook)
            {
                // A playbook section with an ingested counterpart is represented by it (as the lexical bridge does).
                if (kinds.HasFlag(EnglishViewKinds.Own) && passage.Language == "en" && !passage.GuideRefs.Any(documentPaths.Contains)) views.Add((passage, Own(passage)));
                continue;
            }
            if (passage.Language == "en")
            {
                if (kinds.HasFlag(EnglishViewKinds.Own)) views.Add((passage, Own(passage)));
                continue;
            }
            if (kinds.HasFlag(EnglishViewKinds.Cards) && cards?.For(passage) is { QuestionsEn: { } questions })
                views.AddRange(questions.Where(q => q.Length > 0).Select(q => (passage, q)));
            if (kinds.HasFlag(EnglishViewKinds.Twins))
                views.AddRange(englishPlaybook.Where(t => t.GuideRefs.Contains(SectionPaths.Reference(passage))).Select(t => (passage, Own(t))));
            if (kinds.HasFlag(EnglishViewKinds.Glosses))
            {
                var gloss = CedictGlosses.Instance.Gloss(string.Join('\n', passage.Section.TakeLast(2).Append(passage.Text)), MaxGlossWords);
                if (gloss.Length > 0) views.Add((passage, gloss));
            }
        }
        return views;
    }

    private static string Own(Passage passage)
    {
        var text = string.Join(". ", passage.Section.TakeLast(2)) + "\n" + passage.Text;
        return text.Length <= MaxCharacters ? text : text[..MaxCharacters];
    }
}
