using Microsoft.Net.Http.Headers;
using SalesCoach.Bot.Dashboard;
using SalesCoach.Bot.Identity;
using SalesCoach.Data.Access;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.TeamsTab;

public static class TeamsTabEndpoints
{
    /// <summary>GET /dashboard/teams/config: the team tab's configuration page (behind the sign-in gate, like the dashboard).</summary>
    public static WebApplication MapTeamsTab(this WebApplication app)
    {
        app.MapGet(TeamsTabPaths.Configuration, ConfigurationAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ConfigurationAsync(HttpContext http, ViewerResolver viewers, SalesOrganisation organisation,
        IWebHostEnvironment environment, CancellationToken cancellationToken)
    {
        // Teams fills ?locale= with the person's language; a person switching by hand uses the same parameter.
        var locale = DashboardRequestReader.Locale(http.Request);
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        // The gate lets only a signed-in sales user through; should a host run without it, nobody sees anyone's scopes.
        var viewer = http.User.SalesUserId() is { } userId ? await viewers.ResolveAsync(userId, null, null, cancellationToken) : null;
        if (viewer is null || viewer.IsDemoStandIn)
            return SignInPages.Message(http.Request.PathBase, locale, Strings.Get(locale, "teamstab.heading"), Strings.Get(locale, "teamstab.refused"),
                offerSignOut: viewer is not null, StatusCodes.Status403Forbidden);
        var org = await organisation.GetAsync(cancellationToken);
        var sdkInstalled = environment.WebRootFileProvider.GetFileInfo(TeamsTabConfigPage.SdkFile).Exists;
        return TeamsTabConfigPage.Render(locale, http.Request.PathBase, DashboardScopes.For(viewer, org, locale), sdkInstalled);
    }
}
