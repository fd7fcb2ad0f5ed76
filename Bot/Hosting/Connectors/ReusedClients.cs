using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SalesCoach.Bot.Hosting.Connectors;

/// <summary>
/// The reused clients, each rebuilt after <see cref="Lifetime"/>: the HttpClient the SDK lends comes
/// from IHttpClientFactory, whose handlers rotate (DNS changes, fresh connections) only for clients
/// asked for anew. Bounded, since service URLs come from incoming activities.
/// </summary>
internal sealed class ReusedClients
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string Audience), Entry<IConnectorClient>> _connectors = new();
    private readonly ConcurrentDictionary<string, Entry<UserTokenClient>> _tokenClients = new();

    public async Task<IConnectorClient> ConnectorAsync(string appId, string serviceUrl, string audience, Func<Task<IConnectorClient>> create)
    {
        var key = (appId, serviceUrl ?? string.Empty, audience ?? string.Empty);
        if (_connectors.TryGetValue(key, out var entry) && entry.IsFresh) return entry.Client;
        var built = await create();
        // The SDK's own ConnectorClient, rebuilt as one that ignores the adapter's end-of-turn dispose.
        if (built is not ConnectorClient { HttpClient: { } httpClient } sdk || _connectors.Count >= MaxEntries && !_connectors.ContainsKey(key))
            return built;
        var shared = new SharedConnectorClient(sdk.BaseUri, sdk.Credentials, httpClient);
        _connectors[key] = new Entry<IConnectorClient>(shared);
        return shared;
    }

    public async Task<UserTokenClient> UserTokenClientAsync(string appId, Func<Task<UserTokenClient>> create)
    {
        if (_tokenClients.TryGetValue(appId, out var entry) && entry.IsFresh) return entry.Client;
        var built = await create();
        if (_tokenClients.Count >= MaxEntries && !_tokenClients.ContainsKey(appId)) return built;
        var shared = new SharedUserTokenClient(built);
        _tokenClients[appId] = new Entry<UserTokenClient>(shared);
        return shared;
    }

    private sealed record Entry<T>(T Client)
    {
        private readonly long _created = Environment.TickCount64;
        public bool IsFresh => Environment.TickCount64 - _created < (long)Lifetime.TotalMilliseconds;
    }
}
