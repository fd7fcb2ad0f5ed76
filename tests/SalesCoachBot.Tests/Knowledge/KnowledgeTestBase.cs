using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Playbook;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Storage;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>A knowledge base over a fresh data folder, with the test playbook unless told otherwise.</summary>
internal static class TestKnowledge
{
    public static string GuidePath => RepositoryPaths.InShared("knowledge", "sales-admin-guide.zh.txt");

    public static KnowledgeBase Create(string? directory = null, IReadOnlyList<Passage>? playbook = null,
        IGroundedAnswerWriter? writer = null, IPassageRanker? ranker = null) =>
        new(new KnowledgeStore(directory ?? TempDirectory.Create("kb")), playbook ?? TestPlaybook.Passages, writer, ranker);

    /// <summary>The real guide ingested, the playbook as shipped (the dev-set figures are measured on that).</summary>
    public static KnowledgeBase WithGuide(IGroundedAnswerWriter? writer = null, IPassageRanker? ranker = null, RetrievalSignals? signals = null)
    {
        var knowledge = new KnowledgeBase(new KnowledgeStore(TempDirectory.Create("kb")), PlaybookResources.Passages, writer, ranker, signals: signals);
        knowledge.Ingest(GuidePath);
        return knowledge;
    }
}
