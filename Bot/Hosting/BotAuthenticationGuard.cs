namespace SalesCoach.Bot.Hosting;

/// <summary>
/// Refuses to start an unauthenticated bot where it could be reached by anyone: without
/// MicrosoftAppId the bot only runs in Development, or when SalesCoach:AllowAnonymous is set on purpose.
/// </summary>
public static class BotAuthenticationGuard
{
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        var appId = configuration["MicrosoftAppId"];
        var appType = configuration["MicrosoftAppType"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            if (environment.IsDevelopment() || configuration.GetValue<bool>("SalesCoach:AllowAnonymous")) return;
            throw new BotConfigurationException(
                $"Refusing to start without Bot Framework authentication in the {environment.EnvironmentName} environment. " +
                "Set MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (SingleTenant/MultiTenant), " +
                "or run with ASPNETCORE_ENVIRONMENT=Development, or set SalesCoach:AllowAnonymous=true on a trusted network.");
        }
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(appType)) missing.Add("MicrosoftAppType");
        var isManagedIdentity = string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isManagedIdentity && string.IsNullOrWhiteSpace(configuration["MicrosoftAppPassword"])) missing.Add("MicrosoftAppPassword");
        if ((isManagedIdentity || string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase))
            && string.IsNullOrWhiteSpace(configuration["MicrosoftAppTenantId"])) missing.Add("MicrosoftAppTenantId");
        if (missing.Count > 0)
            throw new BotConfigurationException($"MicrosoftAppId is set but these settings are missing: {string.Join(", ", missing)}.");
    }
}
