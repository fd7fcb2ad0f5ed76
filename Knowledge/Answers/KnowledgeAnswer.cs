namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// A grounded answer: its text (in the language of the passages for an extract), its citations best first,
/// and for a declined question the topics the knowledge base can answer instead.
/// </summary>
public sealed record KnowledgeAnswer(
    AnswerMode Mode,
    string Text,
    string TextLanguage,
    string QuestionLanguage,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Topics)
{
    public bool Grounded => Mode != AnswerMode.Declined;

    /// <summary>
    /// When the answer is written in another language than the cited source (an English answer citing the Chinese
    /// guide): the cited section's key terms as the source writes them, so the reader can find them there.
    /// </summary>
    public IReadOnlyList<string> SourceTerms { get; init; } = [];
}
