namespace SalesCoach.Knowledge.Retrieval;

/// <summary>One term to look for in one field, with its weight in the query.</summary>
public sealed record QueryTerm(string Field, string Term, float Weight);
