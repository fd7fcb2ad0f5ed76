using System.Security.Claims;

namespace SalesCoach.Bot.Identity;

/// <summary>
/// The contract between the web sign-in (demo personas or OpenID Connect) and everything that needs to
/// know who is asking on the web: the dashboard pages, their JSON endpoints and the web chat's Direct
/// Line token. Sign-in maps a person to a sales user once and puts that user's id in a claim, so the
/// pages never map identities themselves and apply exactly the permissions the chat applies.
/// </summary>
public static class SalesClaims
{
    /// <summary>The sales user's id, as in the sales data and `kpi --user ID`.</summary>
    public const string UserId = "salescoach:user_id";

    /// <summary>How the person signed in: "demo" (a demo persona) or "oidc" (an identity provider).</summary>
    public const string Source = "salescoach:source";

    /// <summary>The cookie scheme the web pages sign in with.</summary>
    public const string CookieScheme = "SalesCoach.Web";

    /// <summary>The signed-in sales user's id, or null for an anonymous or unmapped caller.</summary>
    public static string? SalesUserId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirst(UserId)?.Value : null;
}
