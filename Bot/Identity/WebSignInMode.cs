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
    public static WebSignInMode Resolve(WebSignInOptions options, bool demoData, bool isDevelopment)
    {
        if (options.OidcConfigured) return WebSignInMode.Oidc;
        // Demo personas come from the demo company, and anyone who can reach the page becomes them:
        // only where demo data is on, and outside Development only when asked for by name.
        var demo = demoData && (options.Demo ?? isDevelopment);
        return demo ? WebSignInMode.Demo : WebSignInMode.None;
    }
}
