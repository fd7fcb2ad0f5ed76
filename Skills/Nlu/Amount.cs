namespace SalesCoach.Skills.Nlu;

/// <summary>A value's resolution: the number (万, k and M multiplied out) and its unit or currency ("CNY", "USD", "%", "单", "个"), if any.</summary>
public sealed record Amount(decimal Value, string? Unit);
