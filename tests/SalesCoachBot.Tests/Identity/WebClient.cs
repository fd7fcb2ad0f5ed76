using System.Net;
using System.Text.RegularExpressions;

namespace SalesCoach.Tests.Identity;

/// <summary>A browser-like client for the sign-in pages: keeps cookies, does not follow redirects, posts forms with their antiforgery token.</summary>
public sealed partial class WebClient : IDisposable
{
    private readonly HttpClient _http;

    public WebClient(Uri baseUri, string acceptLanguage = "zh-CN")
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUri };
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http => _http;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    /// <summary>Opens the sign-in page and presses the persona's button; returns the POST's response.</summary>
    public async Task<HttpResponseMessage> SignInAsDemoAsync(string persona, string returnUrl = "")
    {
        using var page = await _http.GetAsync("signin");
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, "the sign-in page has no antiforgery field: " + html);
        return await _http.PostAsync("signin/demo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
            ["persona"] = persona,
            ["returnUrl"] = returnUrl,
        }));
    }

    public void Dispose() => _http.Dispose();
}
