using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// The serviceUrl stamped on embedded Direct Line activities: where the bot posts its replies back to
/// this same host (the local connector endpoint). Taken from the address Kestrel actually bound, so
/// --urls with port 0 works, unless SalesCoach:DirectLine:ServiceUrl says otherwise.
/// </summary>
public sealed class LocalServiceUrl(IServer server, IOptions<DirectLineOptions> options)
{
    public const string ConnectorPath = "/directline/connector/";

    private string? _value;

    public string Value => _value ??= Resolve();

    private string Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.ServiceUrl))
            return options.Value.ServiceUrl.TrimEnd('/') + ConnectorPath;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no listening address yet.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0") uri.Host = "127.0.0.1";
        if (uri.Host is "[::]" or "::") uri.Host = "[::1]";
        return uri.Uri.GetLeftPart(UriPartial.Authority) + ConnectorPath;
    }
}
