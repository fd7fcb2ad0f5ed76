using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using SalesCoach.Data.Access;
using SalesCoach.Data.Model;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Identity;

/// <summary>GET /signin, POST /signin/demo, GET /signin/denied and /signin/failed, /signout, GET /api/identity/me.</summary>
public static class SignInEndpoints
{
    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        app.MapGet(SignInPaths.SignIn, ShowAsync);
        app.MapPost(SignInPaths.DemoSignIn, DemoSignInAsync);
        app.MapGet(SignInPaths.Me, (HttpContext context) => Results.Json(new
        {
            userId = context.User.SalesUserId(),
            name = context.User.Identity?.Name,
            role = context.User.FindFirst(ClaimTypes.Role)?.Value,
            source = context.User.FindFirst(SalesClaims.Source)?.Value,
        })).RequireAuthorization(SalesCoachPolicies.SignedIn);
        app.MapGet(SignInPaths.Denied, (HttpContext context) =>
        {
            var locale = SignInLocale.Of(context.Request);
            return SignInPages.Message(context.Request.PathBase, locale, Strings.Get(locale, "signin.denied.title"),
                Strings.Get(locale, "signin.denied.body", context.User.Identity?.Name ?? "?"), offerSignOut: true, StatusCodes.Status403Forbidden);
        });
        app.MapGet(SignInPaths.Failed, (HttpContext context) =>
        {
            var locale = SignInLocale.Of(context.Request);
            return SignInPages.Message(context.Request.PathBase, locale, Strings.Get(locale, "signin.failed.title"), Strings.Get(locale, "signin.failed.body"),
                offerSignOut: false, StatusCodes.Status401Unauthorized, retry: true);
        });
        // GET as well as POST: a plain link signs out; the worst a forged link can do is end a session.
        app.MapMethods(SignInPaths.SignOut, [HttpMethods.Get, HttpMethods.Post], async (HttpContext context, WebSignInState state) =>
        {
            await context.SignOutAsync(SalesClaims.CookieScheme);
            // With a provider, going back to /signin would sign the person straight in again.
            return Results.Redirect(context.Request.PathBase + (state.Mode == WebSignInMode.Demo ? SignInPaths.SignIn : "/"));
        });
        return app;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, WebSignInState state, string? returnUrl)
    {
        var locale = SignInLocale.Of(context.Request);
        var target = LocalReturnUrl.Safe(returnUrl);
        return state.Mode switch
        {
            WebSignInMode.Oidc => Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [WebSignInServiceCollectionExtensions.OidcScheme]),
            WebSignInMode.Demo => await DemoPageAsync(context, locale, target, null, StatusCodes.Status200OK),
            _ => SignInPages.Message(context.Request.PathBase, locale, Strings.Get(locale, "signin.notConfigured.title"), Strings.Get(locale, "signin.notConfigured.body"),
                offerSignOut: false, StatusCodes.Status503ServiceUnavailable),
        };
    }

    private static async Task<IResult> DemoSignInAsync(HttpContext context, WebSignInState state, IAntiforgery antiforgery, SalesOrganisation organisation)
    {
        if (state.Mode != WebSignInMode.Demo) return Results.NotFound();
        if (!context.Request.HasFormContentType) return Results.BadRequest();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var locale = Locales.Normalize(form["lang"].ToString() is { Length: > 0 } lang ? lang : SignInLocale.Of(context.Request));
        var target = LocalReturnUrl.Safe(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(context))
            return await DemoPageAsync(context, locale, target, Strings.Get(locale, "signin.antiforgery"), StatusCodes.Status400BadRequest);

        // The button names a role, never a user id: the form cannot be edited into signing in as anyone else.
        var personas = DemoPersonas.From(await OrganisationAsync(organisation, context.RequestAborted));
        SalesRole? role = form["persona"].ToString() switch
        {
            "admin" => SalesRole.Admin,
            "manager" => SalesRole.Manager,
            "rep" => SalesRole.Rep,
            _ => null,
        };
        var user = role is { } picked ? personas.For(picked) : null;
        if (user is null)
            return await DemoPageAsync(context, locale, target, Strings.Get(locale, "signin.demo.badPersona"), StatusCodes.Status400BadRequest);

        await context.SignInAsync(SalesClaims.CookieScheme, SalesPrincipal.For(user, "demo"));
        return Results.Redirect(target);
    }

    /// <summary>
    /// The organisation; read again while it is empty, because the first page view can come while the demo
    /// company is still being seeded and an empty snapshot would otherwise be kept for the cache's lifetime.
    /// </summary>
    private static async Task<OrgSnapshot> OrganisationAsync(SalesOrganisation organisation, CancellationToken cancellationToken)
    {
        var org = await organisation.GetAsync(cancellationToken);
        if (org.Users.Count > 0) return org;
        await organisation.RefreshAsync(cancellationToken);
        return await organisation.GetAsync(cancellationToken);
    }

    private static async Task<IResult> DemoPageAsync(HttpContext context, string locale, string returnUrl, string? error, int statusCode)
    {
        var org = await OrganisationAsync(context.RequestServices.GetRequiredService<SalesOrganisation>(), context.RequestAborted);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return SignInPages.Demo(context.Request.PathBase, locale, DemoPersonas.From(org), org, tokens.FormFieldName, tokens.RequestToken!, returnUrl, error, statusCode);
    }
}
