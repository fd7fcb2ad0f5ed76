using SalesCoach.Skills.Localization;

namespace SalesCoach.Tests.Localization;

public sealed class CalendarNamesTests
{
    [Theory]
    [InlineData("2026-12-01", "2027-01-01", false, "zh-CN", "2026年12月")]
    [InlineData("2026-12-01", "2027-01-01", false, "en-US", "December 2026")]
    [InlineData("2026-07-01", "2026-10-01", false, "zh-CN", "2026年第三季度")]
    [InlineData("2026-10-01", "2026-12-04", true, "zh-CN", "2026年第四季度")]
    [InlineData("2026-10-01", "2026-12-04", true, "en-US", "Q4 2026")]
    [InlineData("2026-01-01", "2027-01-01", false, "zh-CN", "2026年")]
    [InlineData("2026-12-01", "2026-12-04", false, "zh-CN", null)]
    [InlineData("2026-12-02", "2027-01-01", false, "zh-CN", null)]
    public void A_whole_month_quarter_or_year_is_named(string start, string endExclusive, bool partial, string locale, string? name) =>
        Assert.Equal(name, CalendarNames.Name(DateTime.Parse(start), DateTime.Parse(endExclusive), partial, locale));
}
