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
}
