using SalesCoach.Skills.Nlu;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

/// <summary>Time expressions people use for reminders and the digest beyond a day and a clock time.</summary>
public sealed class TimeExpressionTests
{
    [Theory]
    [InlineData("每周三下午4点给重点客户打回访电话，帮我设个提醒", "每周三下午4点")]
    [InlineData("每隔两周提醒我回访一次德力集团", "每隔两周")]
    [InlineData("每个月最后一天提醒我回访大客户", "每个月最后一天")]
    [InlineData("过两天提醒我问问张总的反馈", "过两天")]
    [InlineData("下午提醒我打电话", "下午")]
    [InlineData("元旦前提醒我给所有大客户发贺卡", "元旦前")]
    [InlineData("提醒我下个月中旬回访一下老客户", "下个月中旬")]
    [InlineData("remind me every Monday at 10 to call Globex", "every Monday at 10")]
    [InlineData("remind me 3 days from now to follow up on the proposal", "3 days from now")]
    [InlineData("Remind me this evening to email the price list", "this evening")]
    [InlineData("reminder to call back Globex after lunch", "after lunch")]
    [InlineData("remind me at half past two to call Initech", "half past two")]
    public void RemindersTakeRecurringAndVagueTimes(string text, string span) =>
        Assert.Equal(span, Parse(text).Entity(EntityNames.DateTime)?.Text);

    [Theory]
    [InlineData("每天早上的汇总能不能改成7点发", "7点")]
    [InlineData("move my daily digest to 8:15am", "8:15am")]
    public void AVagueTimeGivesWayToAPreciseOne(string text, string span) =>
        Assert.Equal(span, Parse(text).Entity(EntityNames.DateTime)?.Text);
}
