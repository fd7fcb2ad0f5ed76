using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SalesCoach.Bot.Endpoints;

public static class BotEndpoints
{
    /// <summary>POST /api/messages (the Bot Framework endpoint) and GET /healthz.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
