using System.Diagnostics;
using System.Text.Json;

namespace SalesCoach.Bench.Dashboard;

/// <summary>One request's time, and one page load's (summary, then the other five together, as dashboard.js loads).</summary>
public sealed record EndpointSample(string Endpoint, double Ms, bool Ok);

public sealed record PageSample(double Ms, EndpointSample[] Requests)
{
    public bool Ok => Requests.All(r => r.Ok);
}

public static class PageLoad
{
    /// <summary>The endpoints the team page calls, in the order it calls them; charts asks for the default metric.</summary>
    public static readonly string[] Endpoints = ["summary", "charts", "goals", "risks", "callbacks", "training"];

    public static async Task<PageSample> RunAsync(DemoBrowser browser, string period, CancellationToken cancellationToken)
    {
        var locale = browser.Language;
        var page = Stopwatch.StartNew();
        var summary = await TimeAsync(browser, "summary", $"locale={locale}&period={period}", cancellationToken);
        // The page reads its scope from the summary and asks the rest for that scope (the manager's team).
        var scope = summary.Ok ? ScopeOf(summary.Body) : null;
        var query = $"locale={locale}&period={period}" + (scope is null ? "" : $"&scope={Uri.EscapeDataString(scope)}");
        var rest = await Task.WhenAll(
            TimeAsync(browser, "charts", query + "&metric=revenue", cancellationToken),
            TimeAsync(browser, "goals", query, cancellationToken),
            TimeAsync(browser, "risks", query, cancellationToken),
            TimeAsync(browser, "callbacks", query, cancellationToken),
            TimeAsync(browser, "training", query, cancellationToken));
        page.Stop();
        return new PageSample(page.Elapsed.TotalMilliseconds, [summary.Sample, .. rest.Select(r => r.Sample)]);
    }

    public static string? ScopeOf(string summaryJson)
    {
        using var json = JsonDocument.Parse(summaryJson);
        return json.RootElement.TryGetProperty("scope", out var scope) ? scope.GetProperty("token").GetString() : null;
    }

    private static async Task<(EndpointSample Sample, bool Ok, string Body)> TimeAsync(DemoBrowser browser, string endpoint, string query, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (ok, body) = await browser.GetAsync($"/api/dashboard/{endpoint}?{query}", cancellationToken);
        return (new EndpointSample(endpoint, clock.Elapsed.TotalMilliseconds, ok), ok, body);
    }
}
