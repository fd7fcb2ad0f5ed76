namespace SalesCoach.Bot.Hosting;

/// <summary>Adds the local connector key to the LocalChannelAdapter's outgoing calls.</summary>
public sealed class LocalConnectorKeyHandler(LocalConnectorKey key) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(LocalConnectorKey.HeaderName);
        request.Headers.Add(LocalConnectorKey.HeaderName, key.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
