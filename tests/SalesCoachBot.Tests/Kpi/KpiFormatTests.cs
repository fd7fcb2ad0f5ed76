using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Kpi;

namespace SalesCoach.Tests.Kpi;

/// <summary>Figures as people say them: 万/亿 in Chinese, K/M/B in English, no cents on large sums; exact on request.</summary>
public sealed class KpiFormatTests
{
    private static readonly KpiDefinition Revenue = KpiCatalogue.Get(KpiCatalogue.Revenue);
    private static readonly KpiDefinition Orders = KpiCatalogue.Get(KpiCatalogue.OrderCount);

    [Theory]
    [InlineData(3_000_000, "zh-CN", "¥300万")]
    [InlineData(1_225_893.4, "zh-CN", "¥122.6万")]
    [InlineData(120_000_000, "zh-CN", "¥1.2亿")]
    [InlineData(99_999_600, "zh-CN", "¥1亿")]
    [InlineData(10_000, "zh-CN", "¥1万")]
    [InlineData(9_876.5, "zh-CN", "¥9,876.50")]
    [InlineData(-2_500_000, "zh-CN", "-¥250万")]
    [InlineData(1_200_000, "en-US", "¥1.2M")]
    [InlineData(45_300, "en-US", "¥45.3K")]
    [InlineData(999_960, "en-US", "¥1M")]
    [InlineData(2_100_000_000, "en-US", "¥2.1B")]
    public void MoneyReadsAsPeopleSayIt(decimal value, string locale, string expected) =>
        Assert.Equal(expected, KpiFormat.Value(Revenue, value, "CNY", locale));

    [Fact]
    public void ASumInDollarsCarriesTheDollarSign() =>
        Assert.Equal("$1.2M", KpiFormat.Value(Revenue, 1_200_000m, "USD", "en-US"));

    [Theory]
    [InlineData(3_000_000, "zh-CN", "¥3,000,000.00")]
    [InlineData(1_225_893.4, "en-US", "¥1,225,893.40")]
    public void TheExactFigureKeepsEveryDigit(decimal value, string locale, string expected) =>
        Assert.Equal(expected, KpiFormat.Value(Revenue, value, "CNY", locale, exact: true));

    [Theory]
    [InlineData(123_456, "zh-CN", "12.3万 单")]
    [InlineData(9_999, "zh-CN", "9,999 单")]
    [InlineData(123_456, "en-US", "123.5K orders")]
    public void CountsReadAsPeopleSayThem(decimal value, string locale, string expected) =>
        Assert.Equal(expected, KpiFormat.Value(Orders, value, "CNY", locale));
}
