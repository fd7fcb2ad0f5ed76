using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using SalesCoach.Bot.Dashboard;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.TeamsTab;

/// <summary>
/// The team tab's configuration page, rendered on the server in the reader's language: the scopes the signed-in person
/// may open, the language the tab shows, and a preview link. wwwroot/teams-tab-config.js hands the choice to Teams;
/// without the Teams library (or outside Teams) the page still renders and says why it cannot save.
/// </summary>
public static class TeamsTabConfigPage
{
    /// <summary>Where the build copies the Teams JavaScript library from npm (Bot/WebChat.targets).</summary>
    public const string SdkFile = "lib/MicrosoftTeams.min.js";

    /// <summary>The locale value Teams replaces with each viewer's own language when it loads the tab.</summary>
    public const string TeamsLocalePlaceholder = "{locale}";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(string locale, string pathBase, IReadOnlyList<DashboardScopeOption> scopes, bool sdkInstalled)
    {
        string S(string key) => Strings.Get(locale, key);
        var options = new StringBuilder().Append("<option value=\"\">").Append(E(S("teamstab.scope.each"))).Append("</option>");
        foreach (var scope in scopes)
        {
            // The picker is flat; the organisation's nesting shows as indentation (non-breaking, so browsers keep it).
            options.Append("<option value=\"").Append(E(scope.Token)).Append("\" data-name=\"").Append(E(scope.Name)).Append("\">")
                .Append(string.Concat(Enumerable.Repeat("\u00a0\u00a0", scope.Depth))).Append(E(scope.Name)).Append("</option>");
        }
        var sdkScript = sdkInstalled ? $"<script src=\"{E(pathBase)}/{SdkFile}\"></script>" : "";
        var other = locale == Locales.Chinese ? "en" : "zh";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{E(locale)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(S("teamstab.title"))}</title>
            <style>{Css}</style>
            {sdkScript}
            <script src="{E(pathBase)}/teams-tab-config.js" defer></script>
            </head>
            <body>
            <main>
            <p class="lang"><a href="{E(pathBase)}{TeamsTabPaths.Configuration}?locale={other}">{E(Strings.Get(locale, "signin.language"))}</a></p>
            <h1>{E(S("teamstab.heading"))}</h1>
            <p>{E(S("teamstab.intro"))}</p>
            <form id="tab-config" data-dashboard="{E(pathBase)}{TeamsTabPaths.Dashboard}" data-tab-name="{E(S("teamstab.tabName"))}"
                  data-sdk="{(sdkInstalled ? "installed" : "missing")}" data-in-teams="{E(S("teamstab.inTeams"))}"
                  data-outside-teams="{E(S("teamstab.outsideTeams"))}" data-no-sdk="{E(S("teamstab.noSdk"))}">
            <label>{E(S("teamstab.scope"))}<select name="scope" id="tab-scope">{options}</select></label>
            <label>{E(S("teamstab.language"))}<select name="locale" id="tab-locale">
            <option value="{TeamsLocalePlaceholder}">{E(S("teamstab.language.teams"))}</option>
            <option value="{Locales.Chinese}">{E(S("teamstab.language.zh"))}</option>
            <option value="{Locales.English}">{E(S("teamstab.language.en"))}</option>
            </select></label>
            <p><a id="tab-preview" href="{E(pathBase)}{TeamsTabPaths.Dashboard}" target="_blank" rel="noopener">{E(S("teamstab.preview"))}</a></p>
            <p id="tab-status" class="status" role="status">{E(S(sdkInstalled ? "teamstab.outsideTeams" : "teamstab.noSdk"))}</p>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }

    private static string E(string text) => Html.Encode(text);

    private const string Css = """
        body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#fff;color:#1f2933;margin:0}
        main{max-width:32rem;margin:1.5rem auto;padding:0 1rem}
        h1{font-size:1.3rem;margin:.2rem 0 .8rem}
        .lang{text-align:right;margin:0}
        label{display:block;margin:1rem 0;font-weight:600}
        select{display:block;width:100%;margin-top:.3rem;padding:.5rem;font-size:1rem;border:1px solid #c5cdd8;border-radius:6px}
        .status{background:#eef4ff;border:1px solid #b8cdf5;border-radius:8px;padding:.6rem .8rem;font-size:.9rem}
        """;
}
