namespace SalesCoach.Skills.Nlu;

/// <summary>An intent's score and the features that gave it, so a parse can be explained.</summary>
public sealed record IntentScore(string Intent, double Score, IReadOnlyList<string> Evidence);
