using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SalesCoach.Bot.Identity;

/// <summary>
/// OpenID Connect sign-in (Microsoft Entra ID or any provider): the authorization-code flow with PKCE, the id
/// token checked against the provider's published keys, then the person mapped to a sales user once and the
/// result kept in the web cookie as <see cref="SalesClaims"/>.
/// </summary>
public static class OidcSignIn
{
    public static void Configure(OpenIdConnectOptions oidc, WebSignInOptions options)
    {
        oidc.SignInScheme = SalesClaims.CookieScheme;
        oidc.Authority = options.EffectiveAuthority;
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.CallbackPath = options.CallbackPath;
        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The answer comes back as a top-level GET, which carries SameSite=Lax cookies; form_post would need
        // SameSite=None correlation cookies, which browsers drop without https.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" }) oidc.Scope.Add(scope);
        // Keep the provider's claim names (oid, email, preferred_username) as they are documented.
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(2);
        oidc.Events.OnTokenValidated = MapToSalesUserAsync;
        oidc.Events.OnRemoteFailure = ShowFailureAsync;
    }

    /// <summary>Replaces the provider's identity with the sales user's (or an unmapped one that sees no data).</summary>
    private static async Task MapToSalesUserAsync(TokenValidatedContext context)
    {
        var person = context.Principal!;
        var mapper = context.HttpContext.RequestServices.GetRequiredService<SalesUserMapper>();
        var user = await mapper.MapAsync(person, context.HttpContext.RequestAborted);
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
        if (user is null)
        {
            logger.LogWarning("Web sign-in of {Person} matched no sales user", SalesUserMapper.DisplayName(person));
            context.Principal = SalesPrincipal.Unmapped("oidc", SalesUserMapper.DisplayName(person));
            return;
        }
        logger.LogInformation("Web sign-in mapped to sales user {UserId}", user.Id);
        context.Principal = SalesPrincipal.For(user, "oidc");
    }

    /// <summary>A refused answer (bad signature, expired, wrong nonce, the person cancelled) is a page, not an exception.</summary>
    private static Task ShowFailureAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn))
            .LogWarning(context.Failure, "Web sign-in failed");
        context.Response.Redirect(context.Request.PathBase + SignInPaths.Failed);
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
