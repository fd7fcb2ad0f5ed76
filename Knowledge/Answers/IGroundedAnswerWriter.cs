using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Answers;

/// <summary>Writes an answer from retrieved passages (an LLM); null means "use the extract".</summary>
public interface IGroundedAnswerWriter
{
    bool IsEnabled { get; }

    Task<KnowledgeAnswer?> WriteAsync(string question, RetrievalResult retrieval, KnowledgeAnswer extract, CancellationToken cancellationToken);
}
