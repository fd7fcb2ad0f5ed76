using SalesCoach.Skills.Reminders;

namespace SalesCoach.Tests.Reminders;

/// <summary>A bare hour or a weekday said to change a time that is already set ("move it to 9", "thursday not wednesday").</summary>
public sealed class LooseTimeTests
{
    [Theory]
    [InlineData("move it to 9", 9)]
    [InlineData("7", 7)]
    [InlineData("改到9", 9)]
    [InlineData("make it 16", 16)]
    [InlineData("9 days later", null)]
    [InlineData("move it to 9:30", null)]
    [InlineData("make it 40", null)]
    [InlineData("between 2 and 3", null)]
    [InlineData("the 9th", null)]
    public void BareHour(string text, int? hour) => Assert.Equal(hour, LooseTime.BareHour(text));

    [Theory]
    [InlineData(9, 8, 9)]
    [InlineData(4, 14, 16)]
    [InlineData(7, 8, 7)]
    [InlineData(12, 11, 12)]
    [InlineData(18, 9, 18)]
    public void TheHourNearerTheCurrentTime(int said, int current, int expected) =>
        Assert.Equal(new TimeOnly(expected, 0), LooseTime.Nearest(said, new TimeOnly(current, 0)));

    [Theory]
    [InlineData("thursday", DayOfWeek.Thursday)]
    [InlineData("move the fri one", DayOfWeek.Friday)]
    [InlineData("monday, same time", DayOfWeek.Monday)]
    [InlineData("move the friday one to monday", DayOfWeek.Monday)]
    [InlineData("改到周四", DayOfWeek.Thursday)]
    [InlineData("星期日", DayOfWeek.Sunday)]
    [InlineData("ask Sun Yong", null)]
    [InlineData("thus", null)]
    public void Weekday(string text, DayOfWeek? day) => Assert.Equal(day, LooseTime.Weekday(text));

    [Fact]
    public void TheNextSuchDayIsAfterToday()
    {
        var thursday = new DateOnly(2026, 12, 3);
        Assert.Equal(new DateOnly(2026, 12, 10), LooseTime.Next(DayOfWeek.Thursday, thursday));
        Assert.Equal(new DateOnly(2026, 12, 7), LooseTime.Next(DayOfWeek.Monday, thursday));
        Assert.Equal(new DateOnly(2026, 12, 4), LooseTime.Next(DayOfWeek.Friday, thursday));
    }
}
