using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace SalesCoach.Bot.Endpoints;

public static class BotEndpoints
{
    /// <summary>POST /api/messages (the Bot Framework endpoint) and GET /healthz.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", async (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<IBot> logger, CancellationToken ct) =>
        {
            if (await ActivityRequestValidator.ValidateAsync(context.Request, ct) is { } problem)
            {
                await Results.BadRequest(new { error = problem }).ExecuteAsync(context);
                return;
            }
            // Authentication (the channel's JWT) is the adapter's job: it answers 401 before any turn runs.
            try
            {
                await adapter.ProcessAsync(context.Request, context.Response, bot, ct);
            }
            catch (SecurityTokenException ex) when (!context.Response.HasStarted)
            {
                // The SDK lets a bad signature escape as an exception (a 500); it is an unauthenticated request.
                logger.LogWarning("Rejected a channel token: {Reason}", ex.GetType().Name);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ActivityRequestValidator.MaxBodyBytes));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
