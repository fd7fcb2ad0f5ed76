using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>A second ranking over the lexical one (vector similarity fused by reciprocal rank), when configured.</summary>
public interface IPassageRanker
{
    bool IsEnabled { get; }

    Task<RetrievalResult> RerankAsync(string question, RetrievalResult lexical, IReadOnlyList<Passage> passages, CancellationToken cancellationToken);

    /// <summary>
    /// Does now the per-passage work the first question would otherwise wait for (embedding the passages), e.g. right
    /// after an ingestion; returns how many texts are ready, 0 when there is nothing to prepare.
    /// </summary>
    int Prepare(IReadOnlyList<Passage> passages, CancellationToken cancellationToken) => 0;
}
