using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>A second ranking over the lexical one (vector similarity fused by reciprocal rank), when configured.</summary>
public interface IPassageRanker
{
    bool IsEnabled { get; }

    Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken);
}
