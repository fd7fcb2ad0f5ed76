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

    public int Width { get; set; } = 640;

    public int Height { get; set; } = 320;

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
