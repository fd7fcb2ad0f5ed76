using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SalesCoach.Bot.Hosting.Connectors;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// The adapter for channels the bot hosts itself (the embedded Direct Line endpoint and the terminal
/// chat). They run in-process behind their own authentication (Direct Line tokens, a local shell), so
/// this adapter uses anonymous Bot Framework auth whatever MicrosoftAppId says; its outgoing connector
/// calls go back to this host with a per-process key (<see cref="LocalConnectorKey"/>).
/// </summary>
public sealed class LocalChannelAdapter(IHttpClientFactory httpClientFactory, ConversationState conversationState, ILogger<AdapterWithErrorHandler> logger)
    : AdapterWithErrorHandler(
        new ReusedConnectorAuthentication(BotFrameworkAuthenticationFactory.Create(
            channelService: null, validateAuthority: true, toChannelFromBotLoginUrl: null, toChannelFromBotOAuthScope: null,
            toBotFromChannelTokenIssuer: null, oAuthUrl: null, toBotFromChannelOpenIdMetadataUrl: null,
            toBotFromEmulatorOpenIdMetadataUrl: null, callerId: null,
            credentialFactory: new PasswordServiceClientCredentialFactory(),
            authConfiguration: new AuthenticationConfiguration(),
            httpClientFactory: new NamedClientFactory(httpClientFactory, LocalConnectorKey.HttpClientName),
            logger: logger)),
        conversationState,
        logger)
{
    /// <summary>Runs one activity through the bot; there is no channel token to check (see the class summary).</summary>
    public Task<InvokeResponse> ProcessLocalActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);

    /// <summary>The connector library asks for the default client; hand it the one that carries the local key.</summary>
    private sealed class NamedClientFactory(IHttpClientFactory inner, string name) : IHttpClientFactory
    {
        public HttpClient CreateClient(string _) => inner.CreateClient(name);
    }
}
