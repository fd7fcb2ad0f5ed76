namespace SalesCoach.Bot.Identity;

/// <summary>Where to go after signing in: only a path on this site, so a crafted link cannot send people elsewhere.</summary>
public static class LocalReturnUrl
{
    public const string Default = "/dashboard";

    /// <summary><paramref name="returnUrl"/> when it is a local path ("/x", not "//host" or "/\host"), else <see cref="Default"/>.</summary>
    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl[0] != '/') return Default;
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') return Default;
        // Browsers drop tabs and newlines inside URLs, which turns "/\t/evil" into "//evil".
        if (returnUrl.Any(c => char.IsControl(c) || c == '\\')) return Default;
        return returnUrl;
    }
}
