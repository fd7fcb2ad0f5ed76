using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Risk;
using SkiaSharp;

namespace SalesCoach.Tests.Risk;

public sealed class RiskHeatMapTests
{
    [Fact]
    public void TheMatrixIsAPngWithRedHighCellsAndGreenLowCells()
    {
        var map = new RiskHeatMap(Options.Create(new ChartOptions()), NullLogger<RiskHeatMap>.Instance);
        var png = map.Draw("华东一组的风险检查", "可能性", "影响", [(1, 4, 4), (2, 5, 3), (3, 2, 2)]);

        Assert.NotNull(png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((480, 440), (bitmap.Width, bitmap.Height));
        // Three cells score 20 or more (dark red) and three score 1 or 2 (green); each covers thousands of pixels.
        Assert.True(Count(bitmap, Blend(RiskHeatMap.CellColour(25))) > 3000);
        Assert.True(Count(bitmap, Blend(RiskHeatMap.CellColour(1))) > 3000);
        Assert.True(Count(bitmap, Blend(RiskHeatMap.CellColour(12))) > 3000);
    }

    [Theory]
    [InlineData(1, "#66BB6A")]
    [InlineData(4, "#9CCC65")]
    [InlineData(5, "#FDD835")]
    [InlineData(12, "#FB8C00")]
    [InlineData(15, "#E53935")]
    [InlineData(25, "#B71C1C")]
    public void CellsAreColouredByLevel(int score, string colour) => Assert.Equal(colour, RiskHeatMap.CellColour(score));

    /// <summary>The cell colour as drawn: 85% opaque over the white background.</summary>
    private static SKColor Blend(string hex)
    {
        var c = SKColor.Parse(hex);
        byte Mix(byte v) => (byte)Math.Round(v * 0.85 + 255 * 0.15);
        return new SKColor(Mix(c.Red), Mix(c.Green), Mix(c.Blue));
    }

    private static int Count(SKBitmap bitmap, SKColor colour)
    {
        var n = 0;
        foreach (var p in bitmap.Pixels)
            if (Math.Abs(p.Red - colour.Red) <= 6 && Math.Abs(p.Green - colour.Green) <= 6 && Math.Abs(p.Blue - colour.Blue) <= 6) n++;
        return n;
    }
}
