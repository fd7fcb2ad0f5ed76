using System.Text.Json.Serialization;

namespace SalesCoach.Knowledge.Answers;

/// <summary>The JSON the model must return.</summary>
internal sealed record LlmAnswerReply(
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<string>? Citations);
