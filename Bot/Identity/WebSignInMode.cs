using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bot.Identity;

/// <summary>How people sign in on this server, decided once at start from configuration and environment.</summary>
public enum WebSignInMode
{
    /// <summary>No way to sign in: the data pages refuse with a message (Production without an identity provider).</summary>
    None,

    /// <summary>Pick a demo persona (the embedded default in Development).</summary>
    Demo,

    /// <summary>An OpenID Connect provider (Microsoft Entra ID).</summary>
    Oidc,
}

public static class WebSignInModes
{
    /// <summary>Half a provider configuration is an operator's mistake: say which setting is missing instead of starting without sign-in.</summary>
    public static void Validate(WebSignInOptions options)
    {
        var hasAuthority = options.EffectiveAuthority is not null;
        var hasClient = !string.IsNullOrWhiteSpace(options.ClientId);
        if (!hasAuthority && !hasClient) return;
        const string prefix = WebSignInOptions.SectionName + ":";
        if (!hasClient)
            throw new BotConfigurationException($"{prefix}Authority or {prefix}TenantId is set but {prefix}ClientId is missing (the app registration's client id).");
        if (!hasAuthority)
            throw new BotConfigurationException($"{prefix}ClientId is set but neither {prefix}TenantId nor {prefix}Authority is.");
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
            throw new BotConfigurationException($"{prefix}ClientSecret is missing: the sign-in code is redeemed with the app registration's client secret.");
        if (!Uri.TryCreate(options.EffectiveAuthority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            throw new BotConfigurationException($"{prefix}Authority '{options.EffectiveAuthority}' is not an absolute http(s) URL.");
    }

    public static WebSignInMode Resolve(WebSignInOptions options, bool demoData, bool isDevelopment)
    {
        if (options.OidcConfigured) return WebSignInMode.Oidc;
        // Demo personas come from the demo company, and anyone who can reach the page becomes them:
        // only where demo data is on, and outside Development only when asked for by name.
        var demo = demoData && (options.Demo ?? isDevelopment);
        return demo ? WebSignInMode.Demo : WebSignInMode.None;
    }
}
