using System.Security.Claims;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;

namespace SalesCoach.Bot.Identity;

/// <summary>
/// Maps a person signed in with the identity provider to a sales user: the Entra object id first (the key
/// Teams matches on too, and it never changes), then the e-mail address. The e-mail is only a fallback:
/// a tenant's administrator controls it, so use a single-tenant app registration.
/// </summary>
public sealed class SalesUserMapper(SalesOrganisation organisation)
{
    /// <summary>The Entra object id claim, as sent with MapInboundClaims off, and as mapped by the JWT handler.</summary>
    private static readonly string[] ObjectIdClaims = ["oid", "http://schemas.microsoft.com/identity/claims/objectidentifier"];

    /// <summary>Where providers put the address: OIDC's email, Entra's preferred_username / upn (both usually the sign-in address).</summary>
    private static readonly string[] EmailClaims = ["email", "preferred_username", "upn", ClaimTypes.Email, ClaimTypes.Upn];

    public async Task<SalesUser?> MapAsync(ClaimsPrincipal person, CancellationToken cancellationToken)
    {
        var org = await organisation.GetAsync(cancellationToken);
        if (First(person, ObjectIdClaims) is { } oid && org.UserByAad(oid) is { } byObjectId) return byObjectId;
        foreach (var type in EmailClaims)
            if (person.FindFirst(type)?.Value is { } value && value.Contains('@') && org.UserByEmail(value.Trim()) is { } byEmail)
                return byEmail;
        return null;
    }

    /// <summary>What to call an unmapped person on the page that tells them so.</summary>
    public static string DisplayName(ClaimsPrincipal person) =>
        First(person, ["name", ClaimTypes.Name]) ?? First(person, EmailClaims) ?? First(person, ObjectIdClaims) ?? "?";

    private static string? First(ClaimsPrincipal person, IEnumerable<string> types) =>
        types.Select(t => person.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
