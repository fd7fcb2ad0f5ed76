using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge;

/// <summary>One consistent view of the knowledge base (passages, index, retriever), replaced whole when sources change.</summary>
// Not disposed when replaced: a question may still be reading it, and an in-memory index is only memory.
internal sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(IReadOnlyList<Passage> passages, string stamp, RetrievalSignals signals)
    {
        Passages = passages;
        Stamp = stamp;
        Index = new KnowledgeIndex(passages, signals.Cards ? SectionCards.Shipped : null);
        Retriever = new Retriever(Index, signals);
    }

    public IReadOnlyList<Passage> Passages { get; }

    public string Stamp { get; }

    public KnowledgeIndex Index { get; }

    public Retriever Retriever { get; }
}
