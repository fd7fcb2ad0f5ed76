using Microsoft.AspNetCore.Authorization;

namespace SalesCoach.Bot.Identity;

/// <summary>
/// Holds everything under /dashboard and /api/dashboard to <see cref="SalesCoachPolicies.SignedIn"/>, whatever
/// the endpoint or static file behind it declares, so a page added later cannot forget it. A page visitor who
/// is not signed in is sent to sign in; a JSON caller gets 401 (403 when signed in but not linked to a sales user).
/// </summary>
public sealed class DashboardGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAuthorizationService authorization, WebSignInState state)
    {
        if (!SignInPaths.IsProtected(context.Request.Path))
        {
            await next(context);
            return;
        }
        if ((await authorization.AuthorizeAsync(context.User, SalesCoachPolicies.SignedIn)).Succeeded)
        {
            await next(context);
            return;
        }
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (SignInPaths.IsApi(context.Request.Path))
        {
            await (signedIn ? SignInProblems.UnmappedAsync(context) : SignInProblems.AnonymousAsync(context, state.Mode));
            return;
        }
        context.Response.Redirect(signedIn ? context.Request.PathBase + SignInPaths.Denied : SignInPaths.SignInFor(context.Request));
    }
}
