namespace SalesCoach.Knowledge.Answers;

/// <summary>Where an answer comes from: the source's name and title, the section path, the retrieval score.</summary>
public sealed record Citation(string Source, string Title, string Section, double Score);
