namespace SalesCoach.Skills.Kpi;

/// <summary>SalesCoach:Charts settings.</summary>
public sealed class ChartOptions
{
    public const string SectionName = "SalesCoach:Charts";

    /// <summary>
    /// A font file with Chinese glyphs for chart labels. Empty: the usual places of Noto CJK / WenQuanYi on
    /// Linux and of YaHei on Windows are tried; without any, Chinese labels cannot be drawn (the card's text
    /// still carries every figure).
    /// </summary>
    public string? FontFile { get; set; }

    /// <summary>The PNG's size in pixels; the card scales it to its own width.</summary>
    public int Width { get; set; } = 640;

    public int Height { get; set; } = 320;

    /// <summary>
    /// The narrowest width a card shows the chart at (a 400 px Teams chat card less its padding), and the
    /// font size its labels must keep there: the fonts are drawn that much larger in the PNG.
    /// </summary>
    public int ShownWidth { get; set; } = 370;

    public int LabelPixels { get; set; } = 15;

    /// <summary>The font size in PNG pixels that shows as <see cref="LabelPixels"/> at <see cref="ShownWidth"/>.</summary>
    internal float FontSize(float shownPixels) => shownPixels * Width / Math.Max(1, ShownWidth);

    internal static readonly string[] KnownFontFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
    ];
}
