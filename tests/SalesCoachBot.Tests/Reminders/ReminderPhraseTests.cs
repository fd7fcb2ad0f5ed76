using SalesCoach.Skills.Reminders;

namespace SalesCoach.Tests.Reminders;

/// <summary>The phrases answered before the recogniser: they must take their commands and leave every other message alone.</summary>
public sealed class ReminderPhraseTests
{
    [Theory]
    [InlineData("关闭摘要", true)]
    [InlineData("turn off the digest", true)]
    [InlineData("关闭摘要里的KPI预警怎么弄", false)]
    public void DigestOffIsTheWholeMessage(string text, bool matches) => Assert.Equal(matches, ReminderPhrases.DigestOff().IsMatch(text));

    [Theory]
    [InlineData("取消张总的提醒", true)]
    [InlineData("取消订单的回访流程怎么优化", false)]
    [InlineData("cancel the reminder for Globex", true)]
    public void CancelByNameIsTheWholeMessage(string text, bool matches) => Assert.Equal(matches, ReminderPhrases.CancelNamed().IsMatch(text));

    [Theory]
    [InlineData("推迟一小时", true)]
    [InlineData("snooze 1h", true)]
    [InlineData("snooze 30 min", true)]
    [InlineData("推迟交货会影响客户满意度吗", false)]
    public void SnoozeIsTheWholeMessage(string text, bool matches) => Assert.Equal(matches, ReminderPhrases.SnoozeFor().IsMatch(text));

    [Theory]
    [InlineData("每天8点半提醒我", "8点半", 8, 30)]
    [InlineData("每天晚上九点提醒我", "晚上九点", 21, 0)]
    [InlineData("send the digest at 8:30am", "8:30am", 8, 30)]
    [InlineData("send the digest at 8:30pm", "8:30pm", 20, 30)]
    [InlineData("摘要改到下午3:30", "下午3:30", 15, 30)]
    public void TheDigestTimeIsReadInBothLanguages(string text, string span, int hour, int minute)
    {
        var match = ReminderPhrases.DigestTime().Match(text);
        Assert.True(match.Success);
        var clock = TimeOfDayParser.Find(match.Groups["time"].Value)!.Value;
        Assert.Equal((span, new TimeOnly(hour, minute)), (clock.Text, clock.Time));
    }

    [Fact]
    public void ARemindMeWithSomethingToDoIsNotADigestSetting()
    {
        Assert.DoesNotMatch(ReminderPhrases.DigestTime(), "明天上午10点提醒我回访张总");
        Assert.DoesNotMatch(ReminderPhrases.DigestTime(), "每天提醒我回访张总");
    }
}
