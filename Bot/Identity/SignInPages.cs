using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using SalesCoach.Data.Access;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Identity;

/// <summary>
/// The sign-in pages, rendered on the server: small, no script, in the visitor's language. Every name
/// and value from data or the request is HTML-encoded.
/// </summary>
public static class SignInPages
{
    // Default encodes every non-ASCII character as &#x..; the page is UTF-8, so Chinese stays readable in the source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>One button per demo persona, labelled with the role and the person's name.</summary>
    public static IResult Demo(string pathBase, string locale, DemoPersonas personas, OrgSnapshot org, string antiforgeryField, string antiforgeryToken,
        string returnUrl, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"demo\" role=\"note\">").Append(E(Strings.Get(locale, "signin.demo.banner"))).Append("</p>");
        if (error is not null) body.Append("<p class=\"error\" role=\"alert\">").Append(E(error)).Append("</p>");
        var people = personas.All.ToList();
        if (people.Count == 0)
        {
            body.Append("<p>").Append(E(Strings.Get(locale, "signin.demo.none"))).Append("</p>");
        }
        else
        {
            body.Append("<form method=\"post\" action=\"").Append(E(pathBase + SignInPaths.DemoSignIn)).Append("\">")
                .Append("<input type=\"hidden\" name=\"").Append(E(antiforgeryField)).Append("\" value=\"").Append(E(antiforgeryToken)).Append("\">")
                .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">")
                .Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(E(locale)).Append("\">")
                .Append("<p>").Append(E(Strings.Get(locale, "signin.demo.pick"))).Append("</p><ul class=\"personas\">");
            foreach (var user in people)
            {
                var role = Strings.Get(locale, "signin.role." + user.Role);
                var team = org.TeamName(user.TeamId);
                body.Append("<li><button type=\"submit\" name=\"persona\" value=\"").Append(E(user.Role.ToString().ToLowerInvariant()))
                    .Append("\" data-user-id=\"").Append(E(user.Id)).Append("\"><span class=\"role\">").Append(E(role))
                    .Append("</span> <span class=\"name\">").Append(E(user.Name)).Append("</span>");
                if (team is not null) body.Append(" <span class=\"team\">").Append(E(team)).Append("</span>");
                body.Append("</button></li>");
            }
            body.Append("</ul></form>");
        }
        return Page(pathBase, locale, Strings.Get(locale, "signin.heading"), body.ToString(), returnUrl, statusCode);
    }

    /// <summary>A page that only explains (sign-in not configured, account not linked), with a way out.</summary>
    public static IResult Message(string pathBase, string locale, string title, string text, bool offerSignOut, int statusCode, bool retry = false)
    {
        var body = new StringBuilder().Append("<p class=\"message\">").Append(E(text)).Append("</p>");
        if (retry)
            body.Append("<p><a href=\"").Append(E(pathBase + SignInPaths.SignIn)).Append("\">").Append(E(Strings.Get(locale, "signin.retry"))).Append("</a></p>");
        if (offerSignOut)
            body.Append("<p><a href=\"").Append(E(pathBase + SignInPaths.SignOut)).Append("\">").Append(E(Strings.Get(locale, "signin.signout"))).Append("</a></p>");
        return Page(pathBase, locale, title, body.ToString(), null, statusCode);
    }

    private static IResult Page(string pathBase, string locale, string heading, string body, string? returnUrl, int statusCode)
    {
        var other = locale == Locales.Chinese ? "en" : "zh";
        // The persona page (also shown after a refused POST) switches to GET /signin; a message page reloads itself.
        var switchHref = returnUrl is null
            ? $"?lang={other}"
            : $"{pathBase}{SignInPaths.SignIn}?lang={other}&returnUrl={Uri.EscapeDataString(returnUrl)}";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{E(locale)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(Strings.Get(locale, "signin.title"))}</title>
            <style>{Css}</style>
            </head>
            <body>
            <main>
            <p class="lang"><a href="{E(switchHref)}">{E(Strings.Get(locale, "signin.language"))}</a></p>
            <h1>{E(heading)}</h1>
            {body}
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    private static string E(string text) => Html.Encode(text);

    private const string Css = """
        body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f4f6f9;color:#1f2933;margin:0}
        main{max-width:28rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 2px 10px rgba(0,0,0,.08)}
        h1{font-size:1.4rem;margin:.2rem 0 1rem}
        .lang{text-align:right;margin:0}
        .demo{background:#fff4d6;border:1px solid #e8c15a;border-radius:8px;padding:.6rem .8rem;font-size:.9rem}
        .error{background:#fde8e8;border:1px solid #e09a9a;border-radius:8px;padding:.6rem .8rem}
        .personas{list-style:none;padding:0;margin:0}
        .personas li{margin:.5rem 0}
        .personas button{width:100%;text-align:left;padding:.8rem 1rem;font-size:1rem;border:1px solid #c5cdd8;border-radius:8px;background:#fff;cursor:pointer}
        .personas button:hover,.personas button:focus{border-color:#2563eb;background:#eef4ff}
        .role{display:inline-block;min-width:4.5em;font-weight:600;color:#2563eb}
        .team{color:#6b7785;font-size:.85rem}
        @media (max-width:30rem){main{margin:0;border-radius:0;min-height:100vh}}
        """;
}
