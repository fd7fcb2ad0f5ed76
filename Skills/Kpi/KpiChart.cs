using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// Draws the KPI skill's charts (rankings, comparisons and channels as bars, trends as a line) as PNG with
/// ScottPlot. A chart is decoration on top of figures the text already states: when drawing fails the
/// answer goes out without it.
/// </summary>
public sealed class KpiChart
{
    private readonly ChartOptions _options;
    private readonly ILogger<KpiChart> _logger;
    private readonly string? _font;

    /// <summary>
    /// PNGs already drawn, by everything that goes into them (kind, title, labels, exact values): drawing takes
    /// about 6 ms of CPU, and the same answer is asked for again and again. Bounded: emptied when full.
    /// </summary>
    private readonly ConcurrentDictionary<string, byte[]> _drawn = new(StringComparer.Ordinal);
    private const int MaxDrawn = 256;

    public KpiChart(IOptions<ChartOptions> options, ILogger<KpiChart> logger)
    {
        _options = options.Value;
        _logger = logger;
        _font = ChartFont.Load(_options.FontFile, logger);
    }

    public byte[]? Bars(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        if (bars.Count == 0) return null;
        var key = "bars\n" + title + string.Concat(bars.Select(b => "\n" + b.Label + "\t" + b.Value.ToString("R", CultureInfo.InvariantCulture)));
        return Cached(key, plot =>
        {
            var series = plot.Add.Bars(bars.Select(b => b.Value).ToArray());
            series.Color = ScottPlot.Color.FromHex("#2F6FDE");
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => b.Label)]);
            plot.Axes.Margins(bottom: 0);
            plot.Title(title);
        });
    }

    public byte[]? Line(string title, IReadOnlyList<(string Label, double? Value)> points)
    {
        var known = points.Select((p, i) => (X: (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        if (known.Count == 0) return null;
        var key = "line\n" + title + string.Concat(points.Select(p => "\n" + p.Label + "\t" + (p.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "-")));
        return Cached(key, plot =>
        {
            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            line.Color = ScottPlot.Color.FromHex("#2F6FDE");
            line.LineWidth = 2;
            line.MarkerSize = 7;
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], [.. points.Select(p => p.Label)]);
            plot.Title(title);
        });
    }

    private byte[]? Cached(string key, Action<ScottPlot.Plot> build)
    {
        if (_drawn.TryGetValue(key, out var png)) return png;
        png = Draw(build);
        if (png is null) return null; // a failed drawing is tried again next time
        if (_drawn.Count >= MaxDrawn) _drawn.Clear();
        _drawn.TryAdd(key, png);
        return png;
    }

    private byte[]? Draw(Action<ScottPlot.Plot> build)
    {
        try
        {
            using var plot = new ScottPlot.Plot();
            if (_font is not null) plot.Font.Set(_font);
            build(plot);
            return plot.GetImageBytes(_options.Width, _options.Height, ScottPlot.ImageFormat.Png);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Chart drawing failed; the answer goes out without it");
            return null;
        }
    }
}
