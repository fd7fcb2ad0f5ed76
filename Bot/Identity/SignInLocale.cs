using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Identity;

/// <summary>The language of a sign-in page or message: ?lang= wins, then the browser's Accept-Language.</summary>
public static class SignInLocale
{
    public static string Of(HttpRequest request)
    {
        var chosen = request.Query["lang"].ToString();
        if (!string.IsNullOrWhiteSpace(chosen)) return Locales.Normalize(chosen);
        var header = request.Headers.AcceptLanguage.ToString();
        return Locales.Normalize(string.IsNullOrWhiteSpace(header) ? null : header.Split(',')[0].Trim());
    }
}
