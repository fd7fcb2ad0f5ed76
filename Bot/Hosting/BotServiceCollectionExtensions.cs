using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SalesCoach.Bot.Conversation;
using SalesCoach.Bot.Hosting.Connectors;
using SalesCoach.Bot.State;
using SalesCoach.Data;
using SalesCoach.Skills;

namespace SalesCoach.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>The Bot Framework pieces: authentication from configuration, the adapter, durable state and the bot.</summary>
    public static WebApplicationBuilder AddSalesCoachBot(this WebApplicationBuilder builder)
    {
        BotAuthenticationGuard.Validate(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.AddHttpClient();
        services.AddSalesCoachData(builder.Configuration);
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<SalesDataStartup>();

        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        // The SDK's authentication, with outbound clients reused across turns (see ReusedConnectorAuthentication).
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusedConnectorAuthentication(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        services.AddSingleton<EfCoreStorage>();
        // One SQLite file means one instance: state reads can be served from memory (see WriteThroughStateCache).
        var singleInstance = string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName));
        // A turn's conversation and user state are read together (see BatchedStateReads).
        services.AddSingleton(sp => new BatchedStateReads(singleInstance
            ? new WriteThroughStateCache(sp.GetRequiredService<EfCoreStorage>())
            : sp.GetRequiredService<EfCoreStorage>()));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<BatchedStateReads>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<LocalConnectorKey>();
        services.AddTransient<LocalConnectorKeyHandler>();
        services.AddHttpClient(LocalConnectorKey.HttpClientName).AddHttpMessageHandler<LocalConnectorKeyHandler>();
        services.AddSingleton<LocalChannelAdapter>();
        services.AddSingleton<ConversationTurnLock>();
        services.AddSingleton<SalesCoachActivityHandler>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<SalesCoachActivityHandler>());
        return builder;
    }

    /// <summary>Migrates the database before the server accepts requests (hosted services start first).</summary>
    private sealed class DatabaseStartup(DatabaseInitializer initializer) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
