namespace SalesCoach.Skills.Goals;

/// <summary>One letter of the SMART check, explained: passed, or a warning that informs without blocking.</summary>
public sealed record SmartLine(string Letter, bool Passed, string Text);
