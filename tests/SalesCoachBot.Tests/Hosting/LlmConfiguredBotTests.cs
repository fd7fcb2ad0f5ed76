using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

/// <summary>
/// The bot with SalesCoach:Llm pointing at a local OpenAI-compatible stand-in: the LLM's reading is used
/// when it is valid, and the offline reading takes over when the LLM fails or is slow.
/// </summary>
public sealed class LlmConfiguredBotTests
{
    // Offline rules read this as a KPI question; the stand-in LLM says risk check, so the reply shows whose reading won.
    private const string Question = "the boss wants the usual numbers, you know which";

    private static Dictionary<string, string?> Settings(OpenAiStubServer stub, int timeoutSeconds = 3) => new()
    {
        ["SalesCoach:Llm:Provider"] = "OpenAI",
        ["SalesCoach:Llm:Endpoint"] = stub.OpenAiEndpoint,
        ["SalesCoach:Llm:ApiKey"] = "test-key",
        ["SalesCoach:Llm:Model"] = "stub-model",
        ["SalesCoach:Llm:TimeoutSeconds"] = timeoutSeconds.ToString(),
    };

    [Fact]
    public async Task AValidLlmReadingDecidesTheIntent()
    {
        await using var stub = await OpenAiStubServer.StartAsync();
        stub.Script = _ => StubReply.Content("{\"intent\":\"risk_check\",\"confidence\":0.9,\"entities\":[]}");
        await using var server = await BotServer.StartAsync(settings: Settings(stub));

        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message(Question, "en-US", "llm-1"));
        Assert.Contains("sales risk check", ExpectRepliesClient.ReadableText(replies));
        var request = Assert.Single(stub.Requests);
        Assert.Contains(Question, request.MessageText("user"));
        Assert.DoesNotContain(Question, request.MessageText("system"));
    }

    [Fact]
    public async Task WhenTheLlmFailsTheOfflineReadingAnswers()
    {
        await using var stub = await OpenAiStubServer.StartAsync();
        stub.Script = _ => StubReply.Failure(500);
        await using var server = await BotServer.StartAsync(settings: Settings(stub));

        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("what is our revenue this month?", "en-US", "llm-2"));
        // The offline reading (a KPI question) reached the KPI skill: this test host has no sales data, so it says it does not know the user.
        Assert.Contains("can't find your account in the sales data", ExpectRepliesClient.ReadableText(replies));
        Assert.NotEmpty(stub.Requests);
    }

    [Fact]
    public async Task ASlowLlmIsCutOffAtItsTimeoutAndTheUserStillGetsAnAnswer()
    {
        await using var stub = await OpenAiStubServer.StartAsync();
        stub.Script = _ => StubReply.Slow(TimeSpan.FromSeconds(20), "{\"intent\":\"risk_check\",\"confidence\":0.9,\"entities\":[]}");
        await using var server = await BotServer.StartAsync(settings: Settings(stub, timeoutSeconds: 1));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("what is our revenue this month?", "en-US", "llm-3"));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"took {started.Elapsed}");
        // The offline reading (a KPI question) reached the KPI skill: this test host has no sales data, so it says it does not know the user.
        Assert.Contains("can't find your account in the sales data", ExpectRepliesClient.ReadableText(replies));
    }

    [Fact]
    public async Task CoreCommandsNeverWaitForTheLlm()
    {
        await using var stub = await OpenAiStubServer.StartAsync();
        await using var server = await BotServer.StartAsync(settings: Settings(stub));
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("help", "en-US", "llm-4"));
        Assert.Contains("Things you can ask me", ExpectRepliesClient.ReadableText(replies));
        Assert.Empty(stub.Requests);
    }
}
