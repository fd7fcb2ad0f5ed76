using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Knowledge;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>With SalesCoach:Embeddings configured, BM25 and vector rankings are fused by reciprocal rank (against the local OpenAI stub).</summary>
public sealed class HybridRankingTests : IAsyncLifetime
{
    private const string Internal = "十二、销售文化建设 > 3、文化宣传 > 内部刊物";
    private OpenAiStubServer _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStubServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public void FusionAddsReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse<string>(["a", "b", "c"], ["c", "a"]);

        Assert.Equal(["a", "c", "b"], fused.Select(f => f.Item));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 9);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task APassageTheVectorsFindJoinsTheCitationsAndTheModelIsCalledWithTheConfiguredName()
    {
        // The stub says the question means what the internal-magazine passage says; BM25 alone would never cite it.
        _stub.Embedding = text => text.Contains("客户回访?", StringComparison.Ordinal) || text.StartsWith(Internal, StringComparison.Ordinal) ? [1f, 0f] : [0f, 1f];
        var (services, knowledge) = Build();
        await using var _ = services;

        var lexical = await TestKnowledge.Create().AnswerOfflineAsync("怎么做客户回访?");
        var hybrid = await knowledge.AnswerOfflineAsync("怎么做客户回访?");

        Assert.DoesNotContain(lexical.Citations, c => c.Section == Internal);
        Assert.Contains(hybrid.Citations.Take(3), c => c.Section == Internal);
        Assert.Contains(hybrid.Citations.Take(2), c => c.Section == "五、客户关系管理 > 3、客户关怀 > 客户回访");
        Assert.All(_stub.Requests, r => Assert.Equal("embed-test", r["model"]!.GetValue<string>()));
        Assert.True(_stub.Requests.Count >= 2, "passages and question were embedded");
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task AFailingEmbeddingServerLeavesTheBm25AnswerAndDecliningStaysLexical()
    {
        _stub.Script = _ => StubReply.Failure(500);
        var (services, knowledge) = Build();
        await using var _ = services;

        var answer = await knowledge.AnswerOfflineAsync("怎么做客户回访?");
        var declined = await knowledge.AnswerOfflineAsync("How do I bake sourdough bread?");

        Assert.Equal("五、客户关系管理 > 3、客户关怀 > 客户回访", answer.Citations[0].Section);
        Assert.False(declined.Grounded);
    }

    private (ServiceProvider Services, KnowledgeBase Knowledge) Build()
    {
        var data = TempDirectory.Create("kb");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SalesCoach:DataDirectory"] = data,
            ["SalesCoach:Embeddings:Provider"] = "OpenAI",
            ["SalesCoach:Embeddings:Endpoint"] = _stub.OpenAiEndpoint,
            ["SalesCoach:Embeddings:Model"] = "embed-test",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSalesCoachKnowledge(configuration).BuildServiceProvider();
        var knowledge = services.GetRequiredService<KnowledgeBase>();
        knowledge.Ingest(TestKnowledge.GuidePath);
        return (services, knowledge);
    }
}
