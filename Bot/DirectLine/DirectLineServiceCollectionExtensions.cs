using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesCoach.Bot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "webchat-embed";

    /// <summary>The web chat's Direct Line: token endpoint, embedded endpoint and its local connector.</summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<LocalServiceUrl>();
        services.AddSingleton<DirectLineBridge>();
        services.AddHttpClient<AzureDirectLineClient>(c => c.Timeout = TimeSpan.FromSeconds(10));

        var origins = builder.Configuration.GetSection($"{DirectLineOptions.SectionName}:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type")));

        var perMinute = builder.Configuration.GetValue($"{DirectLineOptions.SectionName}:TokenRequestsPerMinute", 30);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(TokenEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        app.MapDirectLineToken();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectLineOptions>>().Value;
        if (EmbeddedEnabled(options, app.Services.GetRequiredService<AzureDirectLineClient>()))
        {
            app.MapEmbeddedDirectLine();
            app.MapLocalConnector();
        }
        return app;
    }

    /// <summary>The embedded endpoint runs unless switched off, or an Azure secret is set and it was not asked for.</summary>
    public static bool EmbeddedEnabled(DirectLineOptions options, AzureDirectLineClient azure) =>
        options.Embedded ?? !azure.IsConfigured;
}
