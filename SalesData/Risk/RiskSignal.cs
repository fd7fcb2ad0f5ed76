namespace SalesCoach.Data.Risk;

/// <summary>
/// What the data says about one risk, with the figures behind it so the skill can show the evidence in either
/// language: a share (0-1) or a change in points, the rows counted and the total they are out of.
/// </summary>
/// <param name="Subject">A name the evidence mentions (the largest customer), when there is one.</param>
/// <param name="Previous">The earlier figure of a comparison (last quarter's conversion).</param>
public sealed record RiskSignal(
    string RiskKey,
    RiskSignalKind Kind,
    int Likelihood,
    int Impact,
    double Value,
    int Count,
    int Total,
    int WindowDays,
    string? Subject = null,
    double? Previous = null,
    double? Secondary = null);
