using Microsoft.Net.Http.Headers;

namespace SalesCoach.Bot.Endpoints;

public static class WebChatEndpoints
{
    /// <summary>GET / serves the web chat page from wwwroot, with the Web Chat bundle under /lib.</summary>
    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => SetCacheHeaders(context.Context.Response, context.File.Name) });
        return app;
    }

    private static void SetCacheHeaders(HttpResponse response, string fileName)
    {
        // The page is always revalidated so a new deployment shows at once. The scripts carry no version
        // in their names, so browsers keep them an hour at most, then revalidate (a cheap 304 on the ETag).
        var isHtml = fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        response.Headers[HeaderNames.CacheControl] = isHtml ? "no-cache" : "public, max-age=3600, must-revalidate";
    }
}
