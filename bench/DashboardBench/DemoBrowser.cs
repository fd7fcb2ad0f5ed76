using System.Net;
using System.Text.RegularExpressions;

namespace SalesCoach.Bench.Dashboard;

/// <summary>
/// One browser: its own cookies, signed in as the demo manager the way a person is (open /signin, press the
/// manager's button, which posts the form with its antiforgery token), then fetching the dashboard's JSON.
/// </summary>
public sealed partial class DemoBrowser : IDisposable
{
    private readonly HttpClient _http;

    private DemoBrowser(Uri baseUri, string language)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            // A browser opens about six connections per host; the page's five parallel calls fit.
            MaxConnectionsPerServer = 6,
        }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        Language = language;
    }

    public string Language { get; }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public static async Task<DemoBrowser> SignInAsManagerAsync(Uri baseUri, string language, CancellationToken cancellationToken)
    {
        var browser = new DemoBrowser(baseUri, language);
        using var page = await browser._http.GetAsync("/signin?returnUrl=%2Fdashboard", cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var token = AntiforgeryField().Match(html);
        if (!token.Success) throw new InvalidOperationException($"the sign-in page ({(int)page.StatusCode}) offers no demo sign-in form; is demo sign-in on?");
        using var signIn = await browser._http.PostAsync("/signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
            ["persona"] = "manager",
            ["returnUrl"] = "/dashboard",
        }), cancellationToken);
        if ((int)signIn.StatusCode is not (302 or 303) || signIn.Headers.Location?.OriginalString != "/dashboard")
            throw new InvalidOperationException($"demo sign-in as manager answered {(int)signIn.StatusCode} to {signIn.Headers.Location}");
        using var dashboard = await browser._http.GetAsync("/dashboard", cancellationToken);
        if (dashboard.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/dashboard after sign-in answered {(int)dashboard.StatusCode}");
        return browser;
    }

    /// <summary>GET a dashboard endpoint; the body is read in full, as the page does before it draws.</summary>
    public async Task<(bool Ok, string Body)> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(pathAndQuery, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.IsSuccessStatusCode, body);
    }

    public void Dispose() => _http.Dispose();
}
