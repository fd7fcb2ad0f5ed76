namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>One training example as the trainer sees it: its features, its intent, the locale whose model learns it, and its text.</summary>
public sealed record LabelledFeatures(IReadOnlyList<string> Features, string Intent, string Language = "", string Text = "");
