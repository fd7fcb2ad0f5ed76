using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Embeddings;
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
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RetrievalSignals>().Bind(configuration.GetSection(RetrievalSignals.SectionName));
        services.AddOptions<SentenceEmbeddingOptions>()
            .Bind(configuration.GetSection(SentenceEmbeddingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(EmbeddingsHttpClient, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IPassageRanker>(sp => CreateRanker(sp, Path.Combine(dataDirectory, FolderName)));
        services.TryAddSingleton<IGroundedAnswerWriter>(sp => new LlmAnswerWriter(sp.GetRequiredService<ILlmClient>()));
        services.TryAddSingleton(sp => new KnowledgeBase(
            sp.GetRequiredService<KnowledgeStore>(),
            writer: sp.GetRequiredService<IGroundedAnswerWriter>(),
            ranker: sp.GetRequiredService<IPassageRanker>(),
            time: sp.GetService<TimeProvider>(),
            signals: sp.GetRequiredService<IOptions<RetrievalSignals>>().Value));
        return services;
    }

    private const string EmbeddingsHttpClient = "SalesCoach.Embeddings";

    /// <summary>
    /// A configured embedding service wins; otherwise the offline sentence-embedding ranker when its signal is on; else
    /// the lexical ranking alone.
    /// </summary>
    private static IPassageRanker CreateRanker(IServiceProvider services, string knowledgeDirectory)
    {
        var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
        if (!options.IsEnabled)
        {
            if (!services.GetRequiredService<IOptions<RetrievalSignals>>().Value.SentenceEmbeddings) return new LexicalOnlyRanker();
            return OfflineSentenceEmbeddings.CreateRanker(Path.Combine(knowledgeDirectory, "embeddings"),
                services.GetRequiredService<IOptions<SentenceEmbeddingOptions>>().Value,
                services.GetRequiredService<ILoggerFactory>().CreateLogger<SentenceEmbeddingRanker>());
        }
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(EmbeddingsHttpClient);
        return new VectorRanker(EmbeddingGeneratorFactory.Create(options, http), options,
            services.GetRequiredService<ILoggerFactory>().CreateLogger<VectorRanker>());
    }
}
