namespace SalesCoach.Skills.Nlu.Language;

/// <summary>One labelled sentence for the intent classifier, and the locale file it came from.</summary>
public sealed record TrainingExample(string Text, string Intent, string Locale);
