namespace SalesCoach.Bot.TeamsTab;

public static class TeamsTabServiceCollectionExtensions
{
    /// <summary>The tab pages' framing policy, from SalesCoach:TeamsTab (a bad origin stops the start with the setting's name).</summary>
    public static WebApplicationBuilder AddTeamsTab(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TeamsTabOptions>().BindConfiguration(TeamsTabOptions.SectionName);
        var options = builder.Configuration.GetSection(TeamsTabOptions.SectionName).Get<TeamsTabOptions>() ?? new TeamsTabOptions();
        builder.Services.AddSingleton(new TeamsFrameAncestors(options.FrameAncestors));
        return builder;
    }

    /// <summary>The framing header first, so it is on every answer under /dashboard, redirects included.</summary>
    public static WebApplication UseTeamsTabFraming(this WebApplication app)
    {
        app.UseMiddleware<TeamsTabFraming>();
        return app;
    }
}
