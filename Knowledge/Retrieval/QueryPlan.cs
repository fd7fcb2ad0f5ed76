namespace SalesCoach.Knowledge.Retrieval;

/// <summary>A question made ready for the index: its language, what it asks about, and whether it asks for a figure the texts do not give.</summary>
public sealed record QueryPlan(string Question, string Language, IReadOnlyList<QueryGroup> Groups, bool AsksForFigure)
{
    public IEnumerable<QueryTerm> Terms => Groups.SelectMany(g => g.Terms);
}
