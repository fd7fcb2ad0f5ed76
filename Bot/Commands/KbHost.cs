using SalesCoach.Knowledge;

namespace SalesCoach.Bot.Commands;

/// <summary>Only the knowledge services (and the LLM when configured): the bot's hosted services must not start for a CLI command.</summary>
internal static class KbHost
{
    public static IHost Build(string[] configuration)
    {
        var builder = Host.CreateApplicationBuilder(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSalesCoachKnowledge(builder.Configuration);
        return builder.Build();
    }
}
