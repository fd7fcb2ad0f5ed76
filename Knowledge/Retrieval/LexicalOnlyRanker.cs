using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>No embedding model configured: BM25 (with the playbook bridge) is the ranking.</summary>
public sealed class LexicalOnlyRanker : IPassageRanker
{
    public bool IsEnabled => false;

    public Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        Task.FromResult(lexical);
}
