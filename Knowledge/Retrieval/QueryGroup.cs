namespace SalesCoach.Knowledge.Retrieval;

/// <summary>
/// One thing the question asks about (a word, or a dictionary entry with its translations or synonyms): the
/// group is covered by a passage when any of its terms is in it. Coverage of groups, not of terms, is the
/// evidence that a passage answers the question.
/// </summary>
public sealed record QueryGroup(string Label, IReadOnlyList<QueryTerm> Terms, float Weight = 1f);
