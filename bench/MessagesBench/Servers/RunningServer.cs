using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SalesCoach.Bench.Servers;

/// <summary>A started Kestrel host and the /api/messages address it actually bound (the port is ephemeral).</summary>
public sealed class RunningServer(string name, WebApplication app, Uri messagesEndpoint, Action? cleanup = null) : IAsyncDisposable
{
    public string Name { get; } = name;
    public Uri MessagesEndpoint { get; } = messagesEndpoint;
    public IServiceProvider Services => app.Services;

    /// <summary>Starts the app and reads the bound address from the server, since "--urls=...:0" picks a free port.</summary>
    public static async Task<RunningServer> StartAsync(string name, WebApplication app, Action? cleanup, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var bound = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException($"The {name} server started without a bound address.");
        return new RunningServer(name, app, new Uri(new Uri(bound), "/api/messages"), cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        cleanup?.Invoke();
    }
}
