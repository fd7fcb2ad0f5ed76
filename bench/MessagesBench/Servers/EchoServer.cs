using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SalesCoach.Bench.Servers;

/// <summary>
/// Hosts <see cref="EchoBot"/> on the same SDK, host builder and Kestrel as the real bot: anonymous
/// CloudAdapter, no state, one minimal-API route. Same builder as BotHost so only the bot work differs.
/// </summary>
public static class EchoServer
{
    public static Task<RunningServer> StartAsync(bool reuseClients, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--environment=Development"]);
        HostTuning.QuietLogging(builder);

        // Empty configuration: no MicrosoftAppId, so the adapter accepts unauthenticated requests.
        BotFrameworkAuthentication anonymous = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());
        // Diagnostic (--floor-reuses-clients): the same outbound-client reuse the bot ships with.
        if (reuseClients) anonymous = new SalesCoach.Bot.Hosting.Connectors.ReusedConnectorAuthentication(anonymous);
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(anonymous, sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        return RunningServer.StartAsync("echo", app, null, cancellationToken);
    }
}
