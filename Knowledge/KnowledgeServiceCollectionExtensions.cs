using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Llm;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Knowledge.Storage;

namespace SalesCoach.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The folder under SalesCoach:DataDirectory where ingested sources are kept.</summary>
    public const string FolderName = "knowledge";

    /// <summary>
    /// Registers the knowledge base: the store in SalesCoach:DataDirectory, the LLM answer writer when
    /// SalesCoach:Llm is configured, vector re-ranking when SalesCoach:Embeddings is configured.
    /// </summary>
    public static IServiceCollection AddSalesCoachKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSalesCoachLlm(configuration);
        var dataDirectory = configuration["SalesCoach:DataDirectory"] is { Length: > 0 } d ? d : "./data";
        services.TryAddSingleton(_ => new KnowledgeStore(Path.Combine(dataDirectory, FolderName)));
        services.TryAddSingleton<IGroundedAnswerWriter>(sp => new LlmAnswerWriter(sp.GetRequiredService<ILlmClient>()));
        services.TryAddSingleton(sp => new KnowledgeBase(
            sp.GetRequiredService<KnowledgeStore>(),
            writer: sp.GetRequiredService<IGroundedAnswerWriter>(),
            ranker: sp.GetService<IPassageRanker>(),
            time: sp.GetService<TimeProvider>()));
        return services;
    }
}
