using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Identity;

/// <summary>The JSON answers (RFC 9457 problem details) a data endpoint gives a caller who may not see data.</summary>
public static class SignInProblems
{
    public static Task AnonymousAsync(HttpContext context, WebSignInMode mode)
    {
        var locale = SignInLocale.Of(context.Request);
        var detail = mode == WebSignInMode.None
            ? Strings.Get(locale, "signin.problem.notConfigured")
            : Strings.Get(locale, "signin.problem.anonymous", context.Request.PathBase + SignInPaths.SignIn);
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    public static Task UnmappedAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", Strings.Get(SignInLocale.Of(context.Request), "signin.problem.unmapped"));

    private static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
