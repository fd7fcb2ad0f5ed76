namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>One training example as the trainer sees it: its features and its intent.</summary>
public sealed record LabelledFeatures(IReadOnlyList<string> Features, string Intent);
