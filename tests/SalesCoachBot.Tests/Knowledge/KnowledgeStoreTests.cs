using SalesCoach.Knowledge.Storage;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

public sealed class KnowledgeStoreTests
{
    [Fact]
    public async Task IngestingTheSameFileAgainReplacesIt()
    {
        var data = TempDirectory.Create("kb");
        var files = TempDirectory.Create("kb-files");
        var path = KnowledgeFixtures.Write(files, "notes.md", KnowledgeFixtures.Markdown);
        var knowledge = TestKnowledge.Create(data);

        knowledge.Ingest(path);
        knowledge.Ingest(path);
        Assert.Equal(3, knowledge.Passages.Count(p => p.Source == "notes.md"));

        File.WriteAllText(path, "# Field Sales Notes\n\n## Territory planning\n\nDraw territories around travel time.\n");
        knowledge.Ingest(path);

        Assert.Single(new KnowledgeStore(data).LoadAll());
        var passage = Assert.Single(knowledge.Passages, p => p.Source == "notes.md");
        Assert.Contains("travel time", passage.Text);
        var answer = await knowledge.AnswerOfflineAsync("How should I draw territories around travel time?");
        Assert.True(answer.Grounded);
        Assert.DoesNotContain("postcode", answer.Text);
    }

    [SharedFact(SharedFiles.Guide)]
    public void IngestedSourcesSurviveARestart()
    {
        var data = TempDirectory.Create("kb");
        TestKnowledge.Create(data).Ingest(TestKnowledge.GuidePath);

        var restarted = TestKnowledge.Create(data);

        Assert.Contains(restarted.Passages, p => p.Source == "sales-admin-guide.zh.txt" && p.SectionPath == "五、客户关系管理 > 3、客户关怀 > 客户回访");
    }
}
