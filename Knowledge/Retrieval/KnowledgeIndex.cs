using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// A BM25 index (Lucene.Net) over the passages in memory: built from the stored sources and the playbook when
/// they change, which takes milliseconds for a guide and well under a second for hundreds of pages.
/// </summary>
internal sealed class KnowledgeIndex
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly List<IndexedPassage> _entries = [];
    private readonly Dictionary<(string Source, string SectionPath), Passage> _intros;
    private readonly Dictionary<(string Source, string SectionPath), List<Passage>> _children;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Term), int> _frequencies = new();

    public KnowledgeIndex(IEnumerable<Passage> passages, SectionCards? cards = null)
    {
        var similarity = new BM25Similarity();
        // Search maps a hit's document number straight to its entry: one writer adding in order, no deletes, and a
        // merge policy that only joins neighbouring segments keep document i as entry i.
        var config = new IndexWriterConfig(TextAnalyzers.Version, TextAnalyzers.PerField)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        var all = passages.ToList();
        _intros = all.GroupBy(p => (p.Source, p.SectionPath)).ToDictionary(g => g.Key, g => g.First());
        _children = all.Where(p => p.Section.Count > 1).DistinctBy(p => (p.Source, p.SectionPath))
            .GroupBy(p => (p.Source, SectionPaths.Join(p.Section.Take(p.Section.Count - 1))))
            .ToDictionary(g => g.Key, g => g.ToList());
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in all)
            {
                var headings = string.Join('\n', passage.Section);
                var full = headings + "\n" + passage.Text;
                var context = string.Join('\n', Ancestors(passage).Select(a => Intro(passage.Source, a)?.Text).OfType<string>());
                var chinese = AnalysedText.Of(TextAnalyzers.Chinese, full);
                var bigrams = AnalysedText.Of(TextAnalyzers.Bigrams, full);
                var english = AnalysedText.Of(TextAnalyzers.English, full);
                var card = cards?.For(passage);
                var cardChinese = AnalysedText.Of(TextAnalyzers.Chinese, card?.Chinese ?? "");
                var cardEnglish = AnalysedText.Of(TextAnalyzers.English, card?.English ?? "");
                var document = new Document
                {
                    new TextField(Fields.Chinese, chinese.Replay()),
                    new TextField(Fields.Headings, headings, Field.Store.NO),
                    new TextField(Fields.Context, context, Field.Store.NO),
                    new TextField(Fields.Bigrams, bigrams.Replay()),
                    new TextField(Fields.English, english.Replay()),
                    new TextField(Fields.Cards, cardChinese.Replay()),
                    new TextField(Fields.CardsEnglish, cardEnglish.Replay()),
                };
                writer.AddDocument(document);
                _entries.Add(new IndexedPassage(passage, new Dictionary<string, HashSet<string>>
                {
                    [Fields.Chinese] = chinese.Terms(),
                    [Fields.Bigrams] = bigrams.Terms(),
                    [Fields.English] = english.Terms(),
                    [Fields.Cards] = cardChinese.Terms(),
                    [Fields.CardsEnglish] = cardEnglish.Terms(),
                }));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public int Count => _entries.Count;

    public IReadOnlyList<IndexedPassage> Entries => _entries;

    /// <summary>The first passage of a section (its intro), or null when the section has no text of its own.</summary>
    public Passage? Intro(string source, string sectionPath) => _intros.GetValueOrDefault((source, sectionPath));

    /// <summary>The sections directly below a section, in document order (each by its intro passage).</summary>
    public IReadOnlyList<Passage> Children(string source, string sectionPath) =>
        _children.TryGetValue((source, sectionPath), out var children) ? children : [];

    /// <summary>The passages matching any term, best first, with their BM25 scores.</summary>
    public IReadOnlyList<(IndexedPassage Entry, float Score)> Search(IEnumerable<QueryTerm> terms, int count)
    {
        var query = new BooleanQuery();
        foreach (var term in terms.DistinctBy(t => (t.Field, t.Term)))
            query.Add(new TermQuery(new Term(term.Field, term.Term)) { Boost = term.Weight }, Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        var top = _searcher.Search(query, count);
        return top.ScoreDocs.Select(d => (_entries[d.Doc], d.Score)).ToList();
    }

    /// <summary>How many passages hold the term: rarer terms say more about what a question is about.</summary>
    /// The index never changes once built, so the answers are remembered.
    public int DocumentFrequency(QueryTerm term)
    {
        var field = Fields.Stored(term.Field);
        return _frequencies.GetOrAdd((field, term.Term), k => _reader.DocFreq(new Term(k.Field, k.Term)));
    }

    private static IEnumerable<string> Ancestors(Passage passage)
    {
        for (var depth = 1; depth < passage.Section.Count; depth++)
            yield return SectionPaths.Join(passage.Section.Take(depth));
    }
}
