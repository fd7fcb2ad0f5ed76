using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SalesCoach.Bot.Hosting.Connectors;

/// <summary>A connector factory that builds through the SDK's own factory once per key, then hands out the same client.</summary>
internal sealed class ReusedConnectorFactory(ConnectorFactory inner, string appId, ReusedClients clients) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        clients.ConnectorAsync(appId, serviceUrl, audience, () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
}
