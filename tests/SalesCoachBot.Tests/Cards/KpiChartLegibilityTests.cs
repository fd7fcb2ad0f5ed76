using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCoach.Skills.Kpi;
using SalesCoach.Tests.EndToEnd;

namespace SalesCoach.Tests.Cards;

/// <summary>
/// A KPI card's chart as Teams shows it: rendered by Microsoft's renderer in Chromium at a chat card's
/// width, its axis labels must stay as tall as Teams' own small print, not shrink to a smudge. Measured is
/// the ink of the lowest line of text (digits are about 0.7 of the font size): 8.5 px of ink is 12 px type.
/// </summary>
public sealed class KpiChartLegibilityTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int TeamsCardWidth = 400;
    private const double SmallestLegiblePx = 8.5;

    [BrowserFact]
    public async Task RankingAndTrendChartLabelsAreLegibleAtTeamsCardWidth()
    {
        var builder = new KpiReplyBuilder(new KpiChart(Options.Create(new ChartOptions()), NullLogger<KpiChart>.Instance), "CNY");
        var period = new KpiAnswerPeriod(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)), "2026-11-01 至 2026-11-30", false);
        var scope = new KpiAnswerScope("company", null, "全公司");
        var ranking = new KpiAnswer
        {
            Metric = "revenue", Period = period, Scope = scope,
            Ranking = [.. new[] { "华东一组", "华南二组", "华北一组", "华南一组", "华东二组" }.Select((n, i) => new KpiAnswerRow(i + 1, $"t{i}", n, 900_000m - i * 120_000m, 100))],
        };
        var trend = new KpiAnswer
        {
            Metric = "revenue", Period = period, Scope = scope, Value = 3_000_000m,
            Trend = [.. Enumerable.Range(0, 6).Select(i => new KpiAnswerPoint(period.From.AddMonths(i - 5), $"2026-{i + 6:00}", 2_000_000m + i * 150_000m))],
        };
        string[] cards = [builder.Build(ranking, "zh-CN").AdaptiveCardJson!, builder.Build(trend, "en-US").AdaptiveCardJson!];

        var results = await AdaptiveCardsRenderer.RenderAsync(cards, TeamsCardWidth);
        // For a person to look at: the charts as drawn.
        for (var i = 0; i < cards.Length; i++)
        {
            var url = System.Text.Json.Nodes.JsonNode.Parse(cards[i])!["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Image")!["url"]!.GetValue<string>();
            await File.WriteAllBytesAsync(NodeScript.ArtifactPath($"kpi-chart-{i}.png"), Convert.FromBase64String(url[(url.IndexOf(',') + 1)..]));
        }

        foreach (var result in results)
        {
            Assert.True(result.ParseErrors.Count == 0 && result.Rendered, result.ToString());
            var chart = Assert.Single(result.Images!);
            output.WriteLine($"chart {chart.NaturalWidth} px shown at {chart.ShownWidth:0} px: labels {chart.LabelPx:0.0} px");
            Assert.True(chart.ShownWidth <= TeamsCardWidth, $"the chart is shown {chart.ShownWidth} px wide in a {TeamsCardWidth} px card");
            Assert.True(chart.LabelPx >= SmallestLegiblePx, $"axis labels are {chart.LabelPx:0.0} px tall at {chart.ShownWidth:0} px (PNG {chart.NaturalWidth} px wide)");
        }
    }
}
