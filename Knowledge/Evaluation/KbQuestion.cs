using System.Text.Json.Serialization;

namespace SalesCoach.Knowledge.Evaluation;

/// <summary>One line of a knowledge-base question set (../shared/eval/kb-questions.*.jsonl).</summary>
public sealed record KbQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("must_mention")] IReadOnlyList<string> MustMention);
