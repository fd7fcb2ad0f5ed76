using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Tests.Dialogs;

public sealed class PastDatesTests
{
    private static readonly DateTimeOffset December = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("6月底之前", "2026-06-01/2026-06-30", "2027-06-01/2027-06-30")]
    [InlineData("before the end of May", "2026-12-03/2026-05-31", "2026-12-03/2027-05-31")]
    [InlineData("2月底", "2026-02-28", "2027-02-28")]
    [InlineData("by the end of May", "/2026-06-01T00:00:00+08:00", "/2027-06-01T00:00:00.0000000+08:00")]
    public void A_month_already_over_this_year_means_next_year(string text, string resolution, string expected) =>
        Assert.Equal(expected, PastDates.RollForward(new SlotValue { Entity = "period", Text = text, Resolution = resolution }, December).Resolution);

    [Theory]
    [InlineData("2026年6月底", "2026-06-01/2026-06-30")]
    [InlineData("去年年底", "2025-12-31")]
    [InlineData("上个月", "2026-11-01/2026-11-30")]
    [InlineData("本月底", "2026-12-31")]
    public void A_year_said_outright_or_a_future_date_is_kept(string text, string resolution) =>
        Assert.Equal(resolution, PastDates.RollForward(new SlotValue { Entity = "period", Text = text, Resolution = resolution }, December).Resolution);
}
