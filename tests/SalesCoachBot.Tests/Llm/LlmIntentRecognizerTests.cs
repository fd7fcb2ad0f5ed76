using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Llm;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Llm;

public sealed class LlmIntentRecognizerTests : IAsyncLifetime
{
    private const string GoalText = "帮我定个目标：这个季度销售额做到200万";
    private static readonly NluContext Context =
        new("zh-CN", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)));

    // The offline answer differs from the model's on purpose, so each test can tell which one came back.
    private static readonly NluResult Offline = new(
        Intents.KpiQuery, 0.7,
        [new EntitySpan(EntityNames.Period, "这个季度", GoalText.IndexOf("这个季度", StringComparison.Ordinal), 4, Resolution: "2026-10-01/2027-01-01")],
        IsConfident: true);

    private OpenAiStubServer _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStubServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task ValidModelAnswerIsUsedWithSpansLocatedInTheText()
    {
        _stub.Script = _ => StubReply.Content("""
            {"intent":"goal_set","confidence":0.93,"entities":[
              {"name":"period","text":"这个季度"},{"name":"metric","text":"销售额"},{"name":"value","text":"200万"}]}
            """);

        var result = await RecognizeAsync(GoalText);

        Assert.Equal(Intents.GoalSet, result.Intent);
        Assert.Equal(0.93, result.Confidence);
        Assert.True(result.IsConfident);
        Assert.Equal(new EntitySpan(EntityNames.Metric, "销售额", 11, 3), result.Entity(EntityNames.Metric));
        Assert.Equal(new EntitySpan(EntityNames.Value, "200万", 16, 4), result.Entity(EntityNames.Value));
        Assert.Contains(result.Alternatives!, a => a.Intent == Intents.KpiQuery);
    }

    [Fact]
    public async Task OfflineResolutionIsKeptForTheSameEntity()
    {
        _stub.Script = _ => StubReply.Content("""
            {"intent":"goal_set","confidence":0.9,"entities":[{"name":"period","text":"这个季度"},{"name":"value","text":"200万"}]}
            """);

        var result = await RecognizeAsync(GoalText);

        Assert.Equal("2026-10-01/2027-01-01", result.Entity(EntityNames.Period)?.Resolution);
        Assert.Null(result.Entity(EntityNames.Value)?.Resolution);
    }

    [Fact]
    public async Task SpanIsTakenAsTypedWhenTheModelRecasesIt()
    {
        _stub.Script = _ => StubReply.Content("""{"intent":"kpi_query","confidence":0.8,"entities":[{"name":"customer","text":"Globex"}]}""");

        var result = await RecognizeAsync("how much did globex order this quater");

        Assert.Equal(new EntitySpan(EntityNames.Customer, "globex", 13, 6), result.Entity(EntityNames.Customer));
    }

    [Fact]
    public async Task AnswerInAMarkdownFenceIsRead()
    {
        _stub.Script = _ => StubReply.Content("```json\n{\"intent\":\"greeting\",\"confidence\":0.9,\"entities\":[]}\n```");

        Assert.Equal(Intents.Greeting, (await RecognizeAsync("你好")).Intent);
    }

    [Theory]
    [InlineData("""{"intent":"book_flight","confidence":0.9,"entities":[]}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"metric","text":"利润率"}]}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"product","text":"销售额"}]}""")]
    [InlineData("""{"intent":"goal_set","confidence":1.5,"entities":[]}""")]
    [InlineData("""{"intent":"goal_set","confidence":"high","entities":[]}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.9}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"metric","text":""}]}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"metr""")]
    [InlineData("Sure! The intent is goal_set.")]
    [InlineData("""["goal_set"]""")]
    [InlineData("""{"intent":"none","confidence":0.9,"entities":[]}""")]
    [InlineData("""{"intent":"goal_set","confidence":0.2,"entities":[]}""")]
    public async Task AnswerThatFailsValidationGivesTheOfflineResult(string modelAnswer)
    {
        _stub.Script = _ => StubReply.Content(modelAnswer);

        Assert.Same(Offline, await RecognizeAsync(GoalText));
    }

    [Fact]
    public async Task TimeoutGivesTheOfflineResult()
    {
        _stub.Script = _ => StubReply.Slow(TimeSpan.FromSeconds(30), """{"intent":"goal_set","confidence":0.9,"entities":[]}""");

        Assert.Same(Offline, await RecognizeAsync(GoalText, timeoutSeconds: 1));
    }

    [Fact]
    public async Task ServerErrorGivesTheOfflineResult()
    {
        _stub.Script = _ => StubReply.Failure(500);

        Assert.Same(Offline, await RecognizeAsync(GoalText));
    }

    [Fact]
    public async Task DisabledLlmGivesTheOfflineResultWithoutACall()
    {
        await using var services = LlmTestServices.Build([]);
        var fallback = new FakeOfflineRecognizer(Offline);
        var recognizer = new LlmIntentRecognizer(services.Client(), fallback, NullLogger<LlmIntentRecognizer>.Instance);

        Assert.Same(Offline, await recognizer.RecognizeAsync(GoalText, Context));
        Assert.Equal(1, fallback.Calls);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task RequestAsksForTheNluSchemaAndListsEveryIntent()
    {
        _stub.Script = _ => StubReply.Content("""{"intent":"greeting","confidence":0.99,"entities":[]}""");

        await RecognizeAsync("你好");

        var request = Assert.Single(_stub.Requests);
        var schema = request.ResponseFormat?["json_schema"]?["schema"];
        var intentEnum = schema?["properties"]?["intent"]?["enum"]?.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal([.. Intents.All, Intents.None], intentEnum);
        var system = request.MessageText("system");
        Assert.All(Intents.All, intent => Assert.Contains($"- {intent}: ", system));
        Assert.All(new[] { "metric", "period", "person", "customer", "datetime", "value" }, name => Assert.Contains($"- {name}: ", system));
    }

    [Fact]
    public async Task DecoratorRegistrationWrapsTheOfflineRecognizer()
    {
        var configuration = LlmTestServices.Configuration(LlmTestServices.OpenAiCompatible(_stub));
        var services = new ServiceCollection().AddLogging();
        services.AddSalesCoachLlm(configuration);
        services.AddIntentRecognition(_ => new FakeOfflineRecognizer(Offline));
        await using var provider = services.BuildServiceProvider();
        _stub.Script = _ => StubReply.Content("""{"intent":"help","confidence":0.95,"entities":[]}""");

        var result = await provider.GetRequiredService<IIntentRecognizer>().RecognizeAsync("what can you do", Context);

        Assert.IsType<LlmIntentRecognizer>(provider.GetRequiredService<IIntentRecognizer>());
        Assert.Equal(Intents.Help, result.Intent);
    }

    internal static async Task<NluResult> RecognizeWithStubAsync(OpenAiStubServer stub, string text, int timeoutSeconds = 5)
    {
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(stub, timeoutSeconds));
        var recognizer = new LlmIntentRecognizer(
            services.Client(), new FakeOfflineRecognizer(Offline), NullLogger<LlmIntentRecognizer>.Instance);
        return await recognizer.RecognizeAsync(text, Context);
    }

    private Task<NluResult> RecognizeAsync(string text, int timeoutSeconds = 5) => RecognizeWithStubAsync(_stub, text, timeoutSeconds);

    internal static JsonObject UserEnvelope(StubChatRequest request) => JsonNode.Parse(request.MessageText("user"))!.AsObject();
}
