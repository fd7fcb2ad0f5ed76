using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Retrieval;

/// <summary>A passage with the terms each field holds, kept beside the Lucene index to measure coverage without re-analysing.</summary>
internal sealed record IndexedPassage(Passage Passage, IReadOnlyDictionary<string, HashSet<string>> Terms)
{
    public bool Contains(QueryTerm term) =>
        Terms.TryGetValue(Fields.Stored(term.Field), out var set) && set.Contains(term.Term);
}
