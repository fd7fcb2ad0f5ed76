namespace SalesCoach.Skills.Nlu;

/// <summary>One line of an utterances JSONL file: the text and its expected intent and entities (name -> span; metric -> catalogue name).</summary>
public sealed record LabelledUtterance(string Id, string Lang, string Text, string Intent, IReadOnlyDictionary<string, string> Entities);
