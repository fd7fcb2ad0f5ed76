namespace SalesCoach.Skills.Risk;

/// <summary>A typed answer read: a rating, a command, or what was wrong with it (<paramref name="Offending"/> quotes the bad part).</summary>
public sealed record RiskAnswer(RiskAnswerKind Kind, int Likelihood = 0, int Impact = 0, string? Offending = null);
