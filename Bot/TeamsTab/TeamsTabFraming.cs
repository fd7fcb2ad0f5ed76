using Microsoft.Net.Http.Headers;

namespace SalesCoach.Bot.TeamsTab;

/// <summary>
/// Lets Teams frame the tab pages and nobody else: the dashboard's responses carry frame-ancestors; every other path
/// keeps whatever framing rules it had (the web chat is meant to be embedded, so it sends none).
/// </summary>
public sealed class TeamsTabFraming(RequestDelegate next, TeamsFrameAncestors ancestors)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (TeamsTabPaths.IsFramed(context.Request.Path))
        {
            // On starting, so the header is on whatever answers: the page, the gate's redirect, an error.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderNames.ContentSecurityPolicy] = ancestors.HeaderValue;
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
