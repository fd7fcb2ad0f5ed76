using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SalesCoach.Skills.Dashboard;

namespace SalesCoach.Bot.Dashboard;

/// <summary>
/// The dashboard links' base when no public base URL is configured: in Development, the first address Kestrel bound
/// (`dotnet run` on a fresh clone: http://localhost:3978/, where the developer's browser already is); anywhere else
/// null, so a production card without the setting offers no button rather than one to an address nobody reaches.
/// </summary>
public sealed class KestrelDashboardAddress(IServiceProvider services, IHostEnvironment environment) : IDashboardHostAddress
{
    private Uri? _value;

    public Uri? BaseUrl => environment.IsDevelopment() ? _value ??= Resolve() : null;

    /// <summary>Null until the server listens (and in the admin commands, which start none), so it is asked again later.</summary>
    private Uri? Resolve()
    {
        // Looked up, not injected: the terminal commands build the same services without a server.
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses?.FirstOrDefault();
        if (address is null) return null;
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Port == 0 ? null : new Uri(uri.Uri.GetLeftPart(UriPartial.Authority) + "/");
    }
}
