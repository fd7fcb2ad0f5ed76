using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Llm;

public sealed class SemanticKernelLlmClientTests : IAsyncLifetime
{
    private const string Schema = """{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"],"additionalProperties":false}""";
    private OpenAiStubServer _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStubServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task OpenAiCompatibleCallSendsBearerKeyModelAndJsonSchema()
    {
        _stub.Script = _ => StubReply.Content("""{"a":1}""");
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_stub));

        var answer = await services.Client().CompleteJsonAsync("SYSTEM RULES", "user words", "probe", Schema);

        Assert.Equal("""{"a":1}""", answer);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {LlmTestServices.ApiKey}", request.Header("Authorization"));
        Assert.Equal(LlmTestServices.Model, request.Body["model"]?.GetValue<string>());
        Assert.Equal("json_schema", request.ResponseFormat?["type"]?.GetValue<string>());
        Assert.Equal("probe", request.ResponseFormat?["json_schema"]?["name"]?.GetValue<string>());
        Assert.True(request.ResponseFormat?["json_schema"]?["strict"]?.GetValue<bool>());
        Assert.Equal("SYSTEM RULES", request.MessageText("system"));
        Assert.Equal("user words", request.MessageText("user"));
    }

    [Fact]
    public async Task AzureCallUsesDeploymentPathApiVersionAndApiKeyHeader()
    {
        _stub.Script = _ => StubReply.Content("""{"a":2}""");
        await using var services = LlmTestServices.Build(LlmTestServices.Azure(_stub));

        var answer = await services.Client().CompleteJsonAsync("rules", "words", "probe", Schema);

        Assert.Equal("""{"a":2}""", answer);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("nlu-deployment", request.Deployment);
        Assert.False(string.IsNullOrEmpty(request.Query.GetValueOrDefault("api-version")));
        Assert.Equal(LlmTestServices.ApiKey, request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
        Assert.Equal("json_schema", request.ResponseFormat?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task SlowServerGivesNullSoonAfterTheTimeout()
    {
        _stub.Script = _ => StubReply.Slow(TimeSpan.FromSeconds(30));
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_stub, timeoutSeconds: 1));

        var watch = Stopwatch.StartNew();
        var answer = await services.Client().CompleteJsonAsync("rules", "words", "probe", Schema);

        Assert.Null(answer);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(401)]
    public async Task HttpFailureGivesNullWithoutRetrying(int status)
    {
        _stub.Script = _ => StubReply.Failure(status);
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_stub));

        var watch = Stopwatch.StartNew();
        var answer = await services.Client().CompleteJsonAsync("rules", "words", "probe", Schema);

        Assert.Null(answer);
        Assert.Single(_stub.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task UnreachableServerGivesNull()
    {
        var settings = LlmTestServices.OpenAiCompatible(_stub);
        settings["SalesCoach:Llm:Endpoint"] = "http://127.0.0.1:1/v1";
        await using var services = LlmTestServices.Build(settings);

        Assert.Null(await services.Client().CompleteAsync("rules", "words"));
    }

    [Fact]
    public async Task PlainCompletionSendsNoResponseFormat()
    {
        _stub.Script = _ => StubReply.Content("Plain answer [1]");
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_stub));

        Assert.Equal("Plain answer [1]", await services.Client().CompleteAsync("rules", "words"));
        Assert.Null(Assert.Single(_stub.Requests).ResponseFormat);
    }

    [Theory]
    [InlineData("JsonObject", "json_object")]
    [InlineData("PromptOnly", null)]
    public async Task StructuredOutputSettingStepsDownForServersWithoutJsonSchema(string setting, string? expectedType)
    {
        var settings = LlmTestServices.OpenAiCompatible(_stub);
        settings["SalesCoach:Llm:StructuredOutput"] = setting;
        await using var services = LlmTestServices.Build(settings);

        await services.Client().CompleteJsonAsync("rules", "words", "probe", Schema);

        Assert.Equal(expectedType, Assert.Single(_stub.Requests).ResponseFormat?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task CallerCancellationIsNotSwallowed()
    {
        _stub.Script = _ => StubReply.Slow(TimeSpan.FromSeconds(30));
        await using var services = LlmTestServices.Build(LlmTestServices.OpenAiCompatible(_stub));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => services.Client().CompleteAsync("rules", "words", cancel.Token));
    }

    [Fact]
    public async Task NoProviderMeansDisabledAndNoCalls()
    {
        await using var services = LlmTestServices.Build([]);

        var client = services.Client();

        Assert.False(client.IsEnabled);
        Assert.IsType<DisabledLlmClient>(client);
        Assert.Null(await client.CompleteJsonAsync("rules", "words", "probe", Schema));
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("AzureOpenAI", null, "key", "m")]
    [InlineData("AzureOpenAI", "https://x.openai.azure.com/", null, "m")]
    [InlineData("OpenAI", null, null, "m")]
    [InlineData("OpenAI", "http://localhost:11434/v1", null, null)]
    [InlineData("OpenAI", "not a url", null, "m")]
    public async Task IncompleteSettingsAreRefusedAtStart(string provider, string? endpoint, string? key, string? model)
    {
        await using var services = LlmTestServices.Build(new()
        {
            ["SalesCoach:Llm:Provider"] = provider,
            ["SalesCoach:Llm:Endpoint"] = endpoint,
            ["SalesCoach:Llm:ApiKey"] = key,
            ["SalesCoach:Llm:Model"] = model,
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);
    }

    [Fact]
    public async Task LocalServerNeedsNoKey()
    {
        _stub.Script = _ => StubReply.Content("ok");
        var settings = LlmTestServices.OpenAiCompatible(_stub);
        settings.Remove("SalesCoach:Llm:ApiKey");
        await using var services = LlmTestServices.Build(settings);

        Assert.Equal("ok", await services.Client().CompleteAsync("rules", "words"));
    }
}
