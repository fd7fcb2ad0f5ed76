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

    /// <summary>Horizontal bars, first row on top: names read on the left however many there are, never crowded under the bars.</summary>
    public byte[]? Bars(string title, IReadOnlyList<(string Label, double Value)> bars, string locale = "zh-CN")
    {
        if (bars.Count == 0) return null;
        var key = "bars\n" + locale + "\n" + title + string.Concat(bars.Select(b => "\n" + b.Label + "\t" + b.Value.ToString("R", CultureInfo.InvariantCulture)));
        return Cached(key, plot =>
        {
            var positions = Enumerable.Range(0, bars.Count).Select(i => (double)(bars.Count - 1 - i)).ToArray();
            var series = plot.Add.Bars(positions, bars.Select(b => b.Value).ToArray());
            series.Horizontal = true;
            series.Color = ScottPlot.Color.FromHex("#2F6FDE");
            plot.Axes.Left.SetTicks(positions, [.. bars.Select(b => b.Label)]);
            plot.Axes.Bottom.TickGenerator = ValueTicks(locale);
            plot.Axes.Margins(left: 0);
            plot.Title(title);
        }, height: Math.Max(_options.Height, 110 + (int)(bars.Count * LabelHeight() * 2)));
    }

    public byte[]? Line(string title, IReadOnlyList<(string Label, double? Value)> points, string locale = "zh-CN")
    {
        var known = points.Select((p, i) => (X: (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        if (known.Count == 0) return null;
        var key = "line\n" + locale + "\n" + title + string.Concat(points.Select(p => "\n" + p.Label + "\t" + (p.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "-")));
        return Cached(key, plot =>
        {
            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            line.Color = ScottPlot.Color.FromHex("#2F6FDE");
            line.LineWidth = 2;
            line.MarkerSize = 7;
            // Every k-th label only, so the labels at the legible size do not run into each other.
            var widest = points.Max(p => p.Label.Length) * LabelHeight() * 0.62 + LabelHeight();
            var every = Math.Max(1, (int)Math.Ceiling(points.Count * widest / (_options.Width * 0.8)));
            var shown = Enumerable.Range(0, points.Count).Where(i => (points.Count - 1 - i) % every == 0).ToList();
            plot.Axes.Bottom.SetTicks([.. shown.Select(i => (double)i)], [.. shown.Select(i => points[i].Label)]);
            plot.Axes.Left.TickGenerator = ValueTicks(locale);
            // Room at the ends for the first and last labels, which are centred on the end points.
            plot.Axes.Margins(horizontal: 0.08, vertical: 0.1);
            plot.Title(title);
        });
    }

    /// <summary>Value axis labels as people say them (300万, 1.2M) and few of them: long figures at a legible size need room.</summary>
    private ScottPlot.TickGenerators.NumericAutomatic ValueTicks(string locale) => new()
    {
        LabelFormatter = v => KpiFormat.Short((decimal)v, locale),
        MaxTickCount = 5,
    };

    /// <summary>The label font size in PNG pixels: <see cref="ChartOptions.LabelPixels"/> once the card scales the PNG to its width.</summary>
    private float LabelHeight() => _options.FontSize(_options.LabelPixels);

    private byte[]? Cached(string key, Action<ScottPlot.Plot> build, int? height = null)
    {
        if (_drawn.TryGetValue(key, out var png)) return png;
        png = Draw(build, height ?? Math.Max(_options.Height, _options.Width * 2 / 3));
        if (png is null) return null; // a failed drawing is tried again next time
        if (_drawn.Count >= MaxDrawn) _drawn.Clear();
        _drawn.TryAdd(key, png);
        return png;
    }

    private byte[]? Draw(Action<ScottPlot.Plot> build, int height)
    {
        try
        {
            using var plot = new ScottPlot.Plot();
            if (_font is not null) plot.Font.Set(_font);
            build(plot);
            // Scaled into a card a third narrower than the PNG, ScottPlot's default 12 px labels shrink to 8 px.
            var label = LabelHeight();
            plot.Axes.Bottom.TickLabelStyle.FontSize = label;
            plot.Axes.Left.TickLabelStyle.FontSize = label;
            plot.Axes.Title.Label.FontSize = _options.FontSize(_options.LabelPixels + 2);
            return plot.GetImageBytes(_options.Width, height, ScottPlot.ImageFormat.Png);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Chart drawing failed; the answer goes out without it");
            return null;
        }
    }
}
