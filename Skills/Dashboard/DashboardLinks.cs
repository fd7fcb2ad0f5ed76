using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Dashboard;

/// <summary>
/// Deep links from a chat answer to the dashboard showing the same scope, period and metric
/// (/dashboard?scope=team:east-1&amp;period=2026-11&amp;metric=revenue), as an Adaptive Card Action.OpenUrl.
/// </summary>
public sealed class DashboardLinks(IOptions<DashboardOptions> options)
{
    private readonly Uri? _base = Absolute(options.Value.PublicBaseUrl);

    /// <summary>False when no public base URL is configured: the cards then carry no dashboard button at all.</summary>
    public bool IsEnabled => _base is not null;

    public Uri? Url(string? scope, string? period, string? metric)
    {
        if (_base is null) return null;
        var query = new List<string>();
        if (!string.IsNullOrEmpty(scope)) query.Add("scope=" + Uri.EscapeDataString(scope));
        if (!string.IsNullOrEmpty(period)) query.Add("period=" + Uri.EscapeDataString(period));
        if (!string.IsNullOrEmpty(metric)) query.Add("metric=" + Uri.EscapeDataString(metric));
        var builder = new UriBuilder(new Uri(_base, "dashboard")) { Query = string.Join("&", query) };
        return builder.Uri;
    }

    /// <summary>"在仪表盘中打开" / "Open in dashboard", or null when links are off.</summary>
    public JsonObject? OpenAction(string locale, string? scope, string? period, string? metric) =>
        Url(scope, period, metric) is { } url
            ? new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = Strings.Get(locale, "dashboard.open"), ["url"] = url.AbsoluteUri }
            : null;

    private static Uri? Absolute(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        // A trailing slash makes "dashboard" resolve under a path prefix (https://host/coach/ -> /coach/dashboard).
        var text = value.Trim().EndsWith('/') ? value.Trim() : value.Trim() + "/";
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
    }
}
