using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Llm;

/// <summary>Builds the real LLM registration (AddSalesCoachLlm) from in-memory settings pointing at the stub.</summary>
internal static class LlmTestServices
{
    public const string ApiKey = "sk-test-123";
    public const string Model = "test-model";

    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSalesCoachLlm(Configuration(settings));
        return services.BuildServiceProvider();
    }

    public static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    public static Dictionary<string, string?> OpenAiCompatible(OpenAiStubServer stub, int timeoutSeconds = 5) => new()
    {
        ["SalesCoach:Llm:Provider"] = "OpenAI",
        ["SalesCoach:Llm:Endpoint"] = stub.OpenAiEndpoint,
        ["SalesCoach:Llm:ApiKey"] = ApiKey,
        ["SalesCoach:Llm:Model"] = Model,
        ["SalesCoach:Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string?> Azure(OpenAiStubServer stub) => new()
    {
        ["SalesCoach:Llm:Provider"] = "AzureOpenAI",
        ["SalesCoach:Llm:Endpoint"] = stub.BaseUrl,
        ["SalesCoach:Llm:ApiKey"] = ApiKey,
        ["SalesCoach:Llm:Model"] = "nlu-deployment",
    };

    public static ILlmClient Client(this ServiceProvider services) => services.GetRequiredService<ILlmClient>();
}
