namespace SalesCoach.Skills.Risk;

/// <summary>What a typed answer during a risk check amounts to.</summary>
public enum RiskAnswerKind
{
    Rating,
    Skip,
    AcceptSuggestion,
    Resume,
    OutOfRange,
    OneNumber,
    NotNumber,
}
