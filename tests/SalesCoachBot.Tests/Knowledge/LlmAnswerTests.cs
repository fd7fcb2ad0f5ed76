using System.Diagnostics;
using System.Text.Json.Nodes;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>Answers written by the LLM (Semantic Kernel against the local OpenAI-compatible stub), checked before use.</summary>
public sealed class LlmAnswerTests : IAsyncLifetime
{
    private static readonly string GuideData = TempDirectory.Create("kb");
    private OpenAiStubServer _stub = null!;

    static LlmAnswerTests() => TestKnowledge.Create(GuideData).Ingest(TestKnowledge.GuidePath);

    public async Task InitializeAsync() => _stub = await OpenAiStubServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [SharedFact(SharedFiles.Guide)]
    public async Task ThePromptCarriesThePassagesAndTheCitationRuleAndTheAnswerKeepsOnlyGivenCitations()
    {
        _stub.Script = _ => StubReply.Content("""{"answerable":true,"answer":"定期回访客户，了解需求和反馈，提升满意度。","citations":["P1"]}""");
        var knowledge = TestKnowledge.Create(GuideData, writer: LlmTestKnowledge.Writer(_stub));

        var answer = await knowledge.AskAsync("怎么做客户回访？");

        Assert.Equal(AnswerMode.Generated, answer.Mode);
        Assert.Equal("定期回访客户，了解需求和反馈，提升满意度。", answer.Text);
        Assert.Equal("五、客户关系管理 > 3、客户关怀 > 客户回访", Assert.Single(answer.Citations).Section);
        var request = Assert.Single(_stub.Requests);
        var system = request.MessageText("system");
        Assert.Contains("ONLY the", system);
        Assert.Contains("cite only ids that appear", system);
        var data = JsonNode.Parse(request.MessageText("user"))!;
        Assert.Equal("怎么做客户回访？", data["question"]!.GetValue<string>());
        var first = data["passages"]![0]!;
        Assert.Equal("P1", first["id"]!.GetValue<string>());
        Assert.Equal("五、客户关系管理 > 3、客户关怀 > 客户回访", first["section"]!.GetValue<string>());
        Assert.Contains("定期进行客户回访", first["text"]!.GetValue<string>());
        Assert.Equal("json_schema", request.ResponseFormat?["type"]?.GetValue<string>());
    }

    [SharedTheory(SharedFiles.Guide)]
    [InlineData("""{"answerable":true,"answer":"回访。","citations":["P9"]}""")]
    [InlineData("""{"answerable":true,"answer":"回访。","citations":[]}""")]
    [InlineData("""{"answerable":false,"answer":"","citations":[]}""")]
    [InlineData("not json")]
    public async Task AnAnswerThatFailsValidationGivesTheExtract(string reply)
    {
        _stub.Script = _ => StubReply.Content(reply);
        var knowledge = TestKnowledge.Create(GuideData, writer: LlmTestKnowledge.Writer(_stub));

        var answer = await knowledge.AskAsync("怎么做客户回访？");

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Contains("定期进行客户回访", answer.Text);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task ATimeoutFallsBackToTheExtractWellWithinTenSeconds()
    {
        _stub.Script = _ => StubReply.Slow(TimeSpan.FromSeconds(30));
        var knowledge = TestKnowledge.Create(GuideData, writer: LlmTestKnowledge.Writer(_stub, timeoutSeconds: 1));

        var watch = Stopwatch.StartNew();
        var answer = await knowledge.AskAsync("What is a 360-degree review?");

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Contains("360度评估", answer.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task ServerErrorsFallBackToTheExtract()
    {
        _stub.Script = _ => StubReply.Failure(500);
        var knowledge = TestKnowledge.Create(GuideData, writer: LlmTestKnowledge.Writer(_stub));

        var answer = await knowledge.AskAsync("怎么做客户回访？");

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task ADeclinedQuestionNeverReachesTheModel()
    {
        var knowledge = TestKnowledge.Create(GuideData, writer: LlmTestKnowledge.Writer(_stub));

        var answer = await knowledge.AskAsync("纷享销客一年的订阅费大概是多少钱？");

        Assert.Equal(AnswerMode.Declined, answer.Mode);
        Assert.Empty(_stub.Requests);
    }
}
