using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>A passage found for a question: its ranking score, and the share of the question it covers (0..1, rarer words weigh more).</summary>
public sealed record RetrievedPassage(Passage Passage, double Score, double Coverage)
{
    /// <summary>The English playbook passage that handed this guide passage most of its score through the bridge, if any.</summary>
    public Passage? EnglishVia { get; init; }
}
