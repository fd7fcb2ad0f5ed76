namespace SalesCoach.Bot.Identity;

/// <summary>The sign-in pages' addresses, and which requests are data that must never be shown signed out.</summary>
public static class SignInPaths
{
    public const string SignIn = "/signin";
    public const string DemoSignIn = "/signin/demo";
    public const string Denied = "/signin/denied";
    public const string Failed = "/signin/failed";
    public const string SignOut = "/signout";

    /// <summary>Who is signed in on the web, as JSON (for page headers and scripts).</summary>
    public const string Me = "/api/identity/me";

    public static readonly PathString DashboardPage = "/dashboard";
    public static readonly PathString DashboardApi = "/api/dashboard";

    /// <summary>JSON callers get status codes; a redirect to an HTML page would only confuse a script.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    public static bool IsProtected(PathString path) => path.StartsWithSegments(DashboardPage) || path.StartsWithSegments(DashboardApi);

    public static string SignInFor(HttpRequest request) =>
        $"{request.PathBase}{SignIn}?returnUrl={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}";
}
