using System.Text.Json;
using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// Semantic Kernel (through <see cref="ILlmClient"/>) writes the answer from the retrieved passages. The reply
/// is validated before it is used: JSON of the agreed shape, at least one citation and only ids we gave, no link
/// the passages do not contain. Anything else, an error or a timeout gives null, and the extract goes out.
/// </summary>
public sealed partial class LlmAnswerWriter(ILlmClient llm) : IGroundedAnswerWriter
{
    /// <summary>The extract is ready before the call starts; past this the user gets it instead (answers within 10 s).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(8);

    private const int MaxAnswerChars = 1500;
    private const int MaxPassages = 5;

    public bool IsEnabled => llm.IsEnabled;

    public async Task<KnowledgeAnswer?> WriteAsync(string question, RetrievalResult retrieval, KnowledgeAnswer extract, CancellationToken cancellationToken)
    {
        var passages = retrieval.Passages.Take(MaxPassages).ToList();
        if (passages.Count == 0) return null;
        var language = retrieval.Plan.Language;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(MaxWait);
        string? json;
        try
        {
            json = await llm.CompleteJsonAsync(LlmAnswerPrompt.System, LlmAnswerPrompt.UserMessage(question, language, passages),
                LlmAnswerPrompt.SchemaName, LlmAnswerPrompt.Schema, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return json is null ? null : Validate(json, passages, language);
    }

    internal static KnowledgeAnswer? Validate(string json, IReadOnlyList<RetrievedPassage> passages, string language)
    {
        LlmAnswerReply? reply;
        try
        {
            reply = JsonSerializer.Deserialize<LlmAnswerReply>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (reply is not { Answerable: true, Answer: { Length: > 0 and <= MaxAnswerChars } answer, Citations: { Count: > 0 } ids }) return null;
        var given = passages.Select((p, i) => (Id: LlmAnswerPrompt.Id(i), Passage: p)).ToDictionary(x => x.Id, x => x.Passage);
        if (ids.Any(id => !given.ContainsKey(id.Trim()))) return null;
        // A link must come from a passage's own content, and nothing may echo a planted instruction: such
        // sentences are what an injected document wants repeated.
        var sentences = passages.SelectMany(p => Sentences.Split(p.Passage.Text)).ToList();
        var planted = sentences.Where(PlantedInstruction.IsPresentIn).ToList();
        var clean = string.Concat(sentences.Where(x => !PlantedInstruction.IsPresentIn(x)));
        if (Link().Matches(answer).Any(m => !clean.Contains(m.Value, StringComparison.OrdinalIgnoreCase))) return null;
        if (planted.Any(p => Echoes(answer, p))) return null;
        var citations = ids.Select(id => given[id.Trim()]).Distinct()
            .Select(p => new Citation(p.Passage.Source, p.Passage.Title, p.Passage.SectionPath, Math.Round(p.Score, 3)))
            .ToList();
        return new KnowledgeAnswer(AnswerMode.Generated, answer.Trim(), language, language, citations, []);
    }

    private static bool Echoes(string answer, string planted)
    {
        const int window = 8;
        for (var i = 0; i + window <= planted.Length; i++)
            if (answer.Contains(planted.AsSpan(i, window), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [GeneratedRegex(@"(https?://|www\.)[^\s)）\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
