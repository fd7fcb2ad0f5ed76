using Microsoft.Extensions.Logging;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// The font with Chinese glyphs every chart draws with (KPI charts, the risk matrix): registered with ScottPlot
/// once per process under one name, from SalesCoach:Charts:FontFile or the first known system font found.
/// </summary>
public static class ChartFont
{
    private const string FontName = "SalesCoach CJK";
    private static readonly Lock Gate = new();
    private static bool _loaded;

    /// <returns>The font name to draw with, or null when no CJK font exists (Chinese labels will not render).</returns>
    public static string? Load(string? configured, ILogger logger)
    {
        lock (Gate)
        {
            if (_loaded) return FontName;
            var file = !string.IsNullOrWhiteSpace(configured) ? configured : ChartOptions.KnownFontFiles.FirstOrDefault(File.Exists);
            if (file is null || !File.Exists(file))
            {
                logger.LogWarning("No font with Chinese glyphs found for charts (set SalesCoach:Charts:FontFile); Chinese chart labels will not render");
                return null;
            }
            ScottPlot.Fonts.AddFontFile(FontName, file);
            _loaded = true;
            return FontName;
        }
    }
}
