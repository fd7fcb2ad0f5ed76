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
    private const string FontName = "SalesCoach CJK";
    private static readonly Lock FontLock = new();
    private static bool _fontLoaded;
    private readonly ChartOptions _options;
    private readonly ILogger<KpiChart> _logger;
    private readonly string? _font;

    public KpiChart(IOptions<ChartOptions> options, ILogger<KpiChart> logger)
    {
        _options = options.Value;
        _logger = logger;
        _font = LoadFont(_options.FontFile, logger);
    }

    public byte[]? Bars(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        if (bars.Count == 0) return null;
        return Draw(plot =>
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
        return Draw(plot =>
        {
            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            line.Color = ScottPlot.Color.FromHex("#2F6FDE");
            line.LineWidth = 2;
            line.MarkerSize = 7;
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], [.. points.Select(p => p.Label)]);
            plot.Title(title);
        });
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

    private static string? LoadFont(string? configured, ILogger logger)
    {
        lock (FontLock)
        {
            if (_fontLoaded) return FontName;
            var file = !string.IsNullOrWhiteSpace(configured) ? configured : ChartOptions.KnownFontFiles.FirstOrDefault(File.Exists);
            if (file is null || !File.Exists(file))
            {
                logger.LogWarning("No font with Chinese glyphs found for charts (set SalesCoach:Charts:FontFile); Chinese chart labels will not render");
                return null;
            }
            ScottPlot.Fonts.AddFontFile(FontName, file);
            _fontLoaded = true;
            return FontName;
        }
    }
}
