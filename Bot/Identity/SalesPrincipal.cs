using System.Security.Claims;
using SalesCoach.Data.Model;

namespace SalesCoach.Bot.Identity;

/// <summary>Builds the cookie's principal: the sales user's id and role as <see cref="SalesClaims"/> describe them.</summary>
public static class SalesPrincipal
{
    public static ClaimsPrincipal For(SalesUser user, string source) =>
        Build(source, user.Name, [new Claim(SalesClaims.UserId, user.Id), new Claim(ClaimTypes.Role, user.Role.ToString())]);

    /// <summary>A signed-in person the sales data does not know: authenticated, but without a sales user id, so no data.</summary>
    public static ClaimsPrincipal Unmapped(string source, string displayName) => Build(source, displayName, []);

    private static ClaimsPrincipal Build(string source, string name, IEnumerable<Claim> claims)
    {
        var identity = new ClaimsIdentity(
            claims.Append(new Claim(SalesClaims.Source, source)).Append(new Claim(ClaimTypes.Name, name)),
            SalesClaims.CookieScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
