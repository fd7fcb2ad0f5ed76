namespace SalesCoach.Knowledge.Retrieval;

/// <summary>What retrieval found for one question, best first, with the plan it searched with.</summary>
public sealed record RetrievalResult(QueryPlan Plan, IReadOnlyList<RetrievedPassage> Passages)
{
    public RetrievedPassage? Best => Passages.Count > 0 ? Passages[0] : null;

    /// <summary>The best passage by BM25 and coverage, kept when another ranking reorders: the evidence for answering at all.</summary>
    public RetrievedPassage? Lexical { get; init; }

    /// <summary>Names in the question (a product, a company) that no indexed text or card mentions: what the knowledge base cannot know about.</summary>
    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>How much of the question the best passage covers besides the names in it; null when the question names nothing.</summary>
    public double? CoverageBesidesNames { get; init; }
}
