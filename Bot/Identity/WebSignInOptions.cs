namespace SalesCoach.Bot.Identity;

/// <summary>Sign-in on the web pages (section "SalesCoach:WebSignIn"): demo personas or an OpenID Connect provider.</summary>
public sealed class WebSignInOptions
{
    public const string SectionName = "SalesCoach:WebSignIn";

    /// <summary>
    /// Demo sign-in (pick the demo administrator, manager or rep). Unset: on in Development when demo data is
    /// on and no identity provider is configured. True also allows it outside Development (a public demo
    /// server); false switches it off. Never offered while an identity provider is configured.
    /// </summary>
    public bool? Demo { get; set; }

    /// <summary>The OpenID Connect issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0. Derived from <see cref="TenantId"/> when empty.</summary>
    public string? Authority { get; set; }

    /// <summary>The Entra tenant (directory) id; shorthand for the Entra v2.0 <see cref="Authority"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client (application) id. With an authority, it switches OpenID Connect on.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's client secret (authorization-code flow). Keep it in user secrets or the environment.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where the provider sends the browser back; registered as a redirect URI in the app registration.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Require https for the discovery document; only a local test issuer turns this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Let people who are not signed in use the web chat (as an anonymous user: the knowledge questions, and in
    /// demo mode the demo administrator). False: the chat page's token endpoint answers 401 until they sign in.
    /// </summary>
    public bool AnonymousChat { get; set; } = true;

    /// <summary>How long a web sign-in lasts without activity (sliding).</summary>
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>The authority in use: <see cref="Authority"/>, or Entra's v2.0 endpoint for <see cref="TenantId"/>, or null.</summary>
    public string? EffectiveAuthority =>
        !string.IsNullOrWhiteSpace(Authority) ? Authority.TrimEnd('/')
        : !string.IsNullOrWhiteSpace(TenantId) ? $"https://login.microsoftonline.com/{TenantId.Trim()}/v2.0"
        : null;

    public bool OidcConfigured => EffectiveAuthority is not null && !string.IsNullOrWhiteSpace(ClientId);
}
