using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Llm;

/// <summary>The schema the recogniser sends is a real JSON schema that OpenAI's strict mode accepts.</summary>
public sealed class NluSchemaTests : IAsyncLifetime
{
    private OpenAiStubServer _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStubServer.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Theory]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"metric","text":"销售额"}]}""", true)]
    [InlineData("""{"intent":"none","confidence":0.1,"entities":[]}""", true)]
    [InlineData("""{"intent":"book_flight","confidence":0.9,"entities":[]}""", false)]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[{"name":"product","text":"x"}]}""", false)]
    [InlineData("""{"intent":"goal_set","confidence":0.9}""", false)]
    [InlineData("""{"intent":"goal_set","confidence":0.9,"entities":[],"why":"x"}""", false)]
    public async Task SentSchemaAcceptsOnlyWellFormedAnswers(string answer, bool valid)
    {
        var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(await SentSchemaAsync()));

        var results = schema.Evaluate(JsonDocument.Parse(answer).RootElement);

        Assert.Equal(valid, results.IsValid);
    }

    [Fact]
    public async Task EveryObjectInTheSchemaIsClosedWithAllPropertiesRequired()
    {
        var objects = Descendants(await SentSchemaAsync()).Where(o => o["type"]?.GetValue<string>() == "object").ToList();

        Assert.Equal(2, objects.Count);
        Assert.All(objects, o =>
        {
            Assert.False(o["additionalProperties"]!.GetValue<bool>());
            var properties = o["properties"]!.AsObject().Select(p => p.Key).Order();
            var required = o["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order();
            Assert.Equal(properties, required);
        });
    }

    private async Task<JsonObject> SentSchemaAsync()
    {
        _stub.Script = _ => StubReply.Content("""{"intent":"greeting","confidence":0.9,"entities":[]}""");
        await LlmIntentRecognizerTests.RecognizeWithStubAsync(_stub, "hello");
        return Assert.Single(_stub.Requests).ResponseFormat!["json_schema"]!["schema"]!.AsObject();
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
