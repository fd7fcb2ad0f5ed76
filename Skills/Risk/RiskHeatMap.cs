using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Kpi;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// Draws the risk matrix as a PNG: a 5 × 5 grid (impact across, likelihood up) coloured by level, each rated risk
/// placed in its cell by its number in the register. Like the KPI charts it is decoration over a register the text
/// already states: when drawing fails the result goes out without it.
/// </summary>
public sealed class RiskHeatMap
{
    private readonly ILogger<RiskHeatMap> _logger;
    private readonly string? _font;

    public RiskHeatMap(IOptions<ChartOptions> options, ILogger<RiskHeatMap> logger)
    {
        _logger = logger;
        _font = ChartFont.Load(options.Value.FontFile, logger);
    }

    /// <summary>The cell colour of a score: greens for low, ambers for medium, reds for high, darker as it grows.</summary>
    public static string CellColour(int score) => RiskMatrix.Level(score) switch
    {
        RiskLevel.High => score >= 20 ? "#B71C1C" : "#E53935",
        RiskLevel.Medium => score >= 9 ? "#FB8C00" : "#FDD835",
        _ => score >= 3 ? "#9CCC65" : "#66BB6A",
    };

    /// <param name="placed">Register number, likelihood and impact of each rated risk.</param>
    public byte[]? Draw(string title, string likelihoodLabel, string impactLabel, IReadOnlyList<(int Number, int Likelihood, int Impact)> placed)
    {
        try
        {
            using var plot = new ScottPlot.Plot();
            if (_font is not null) plot.Font.Set(_font);
            for (var likelihood = 1; likelihood <= 5; likelihood++)
            {
                for (var impact = 1; impact <= 5; impact++)
                {
                    var cell = plot.Add.Rectangle(impact - 0.5, impact + 0.5, likelihood - 0.5, likelihood + 0.5);
                    cell.FillColor = ScottPlot.Color.FromHex(CellColour(likelihood * impact)).WithAlpha(0.85);
                    cell.LineColor = ScottPlot.Colors.White;
                    cell.LineWidth = 2;
                    var score = plot.Add.Text((likelihood * impact).ToString(CultureInfo.InvariantCulture), impact + 0.4, likelihood - 0.4);
                    score.LabelFontSize = 9;
                    score.LabelFontColor = ScottPlot.Colors.White.WithAlpha(0.8);
                    score.LabelAlignment = ScottPlot.Alignment.LowerRight;
                }
            }
            foreach (var group in placed.GroupBy(p => (p.Likelihood, p.Impact)))
            {
                var label = plot.Add.Text(string.Join(",", group.Select(p => p.Number)), group.Key.Impact, group.Key.Likelihood);
                label.LabelFontSize = 18;
                label.LabelBold = true;
                label.LabelFontColor = ScottPlot.Colors.Black;
                label.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
                if (_font is not null) label.LabelFontName = _font;
            }
            double[] ticks = [1, 2, 3, 4, 5];
            string[] names = ["1", "2", "3", "4", "5"];
            plot.Axes.Bottom.SetTicks(ticks, names);
            plot.Axes.Left.SetTicks(ticks, names);
            plot.Axes.SetLimits(0.5, 5.5, 0.5, 5.5);
            plot.XLabel(impactLabel);
            plot.YLabel(likelihoodLabel);
            plot.Title(title);
            if (_font is not null) plot.Font.Set(_font);
            return plot.GetImageBytes(480, 440, ScottPlot.ImageFormat.Png);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Risk matrix drawing failed; the register goes out without it");
            return null;
        }
    }
}
