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
    /// <summary>"今天就评到这，出个结果吧": stop now and show the result of what was rated.</summary>
    Finish,
    /// <summary>"发生的可能性挺大的" / "impact 4": one of the two ratings; the other is asked for.</summary>
    Half,
}
