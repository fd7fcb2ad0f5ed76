using SalesCoach.Bot.Dashboard;
using SalesCoach.Bot.DirectLine;
using SalesCoach.Bot.Endpoints;
using SalesCoach.Bot.Identity;
using SalesCoach.Bot.Proactive;

namespace SalesCoach.Bot.Hosting;

/// <summary>Builds the web host; Program and the tests both start the bot through here.</summary>
public static class BotHost
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // --urls and ASPNETCORE_URLS win; the documented default otherwise (not Kestrel's 5000).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);
        builder.AddSalesCoachBot();
        builder.AddSalesCoachSkills();
        builder.AddDirectLine();
        builder.AddWebSignIn();
        builder.AddProactiveDelivery();
        builder.AddDashboard();

        var app = builder.Build();
        app.MapBotEndpoints();
        app.MapDirectLine();
        app.UseWebSignIn();
        app.MapWebChatPage();
        app.MapDashboard();
        return app;
    }
}
