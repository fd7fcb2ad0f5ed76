using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge;

/// <summary>One consistent view of the knowledge base (passages, index, retriever), replaced whole when sources change.</summary>
// Not disposed when replaced: a question may still be reading it, and an in-memory index is only memory.
internal sealed class KnowledgeSnapshot(IReadOnlyList<Passage> passages, string stamp)
{
    public IReadOnlyList<Passage> Passages { get; } = passages;
    public string Stamp { get; } = stamp;
    public KnowledgeIndex Index { get; } = new(passages);
    public Retriever Retriever => new(Index);


}
