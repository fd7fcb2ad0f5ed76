using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace SalesCoach.Bot.Hosting.Connectors;

/// <summary>
/// A ConnectorClient that outlives the turn: the adapter disposes its clients at the end of each turn,
/// and this one ignores that. It never owns the HttpClient (the SDK's factory lends it), so there is
/// nothing to release when it is dropped. Still a ConnectorClient, so Teams helpers that look for one
/// (TeamsInfo) keep reusing its HttpClient.
/// </summary>
internal sealed class SharedConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient httpClient)
    : ConnectorClient(baseUri, credentials, httpClient, disposeHttpClient: false)
{
    protected override void Dispose(bool disposing)
    {
        // Shared across turns on purpose (see the class summary).
    }
}
