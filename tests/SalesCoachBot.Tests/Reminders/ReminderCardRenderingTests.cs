using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Reminders;
using SalesCoach.Tests.Cards;
using SalesCoach.Tests.EndToEnd;

namespace SalesCoach.Tests.Reminders;

/// <summary>The reminder card through Microsoft's Adaptive Cards renderer in Chromium, in Chinese and English.</summary>
public sealed class ReminderCardRenderingTests
{
    [BrowserFact]
    public async Task TheReminderCardRendersWithItsTimeZoneAndFourButtonsInBothLanguages()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var reminder = new Reminder
        {
            Id = 42, ChannelId = "msteams", ChannelUserId = "29:u", Subject = "回访张总", CustomerId = "c1", CustomerName = "华信科技",
            DueUtc = new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero), TimeZoneId = zone.Id, Recurrence = "monthly:1@15:00", Locale = "zh-CN",
        };
        string[] cards =
        [
            ReminderCard.Build(reminder, zone, "zh-CN", "✅ 提醒已设置"),
            ReminderCard.Build(reminder, zone, "en-US", "✅ Reminder set", withCancel: false),
        ];

        var results = await AdaptiveCardsRenderer.RenderAsync(cards);

        Assert.All(results, r => Assert.True(r.ParseErrors.Count == 0 && r.Rendered, r.ToString()));
        Assert.Contains("2026-12-02 周三 15:00 Asia/Shanghai (UTC+08:00)", results[0].Text);
        Assert.Contains("华信科技（已关联客户档案）", results[0].Text);
        Assert.Contains("每月1号 15:00", results[0].Text);
        Assert.Equal(["推迟1小时", "明天再提醒", "完成", "取消提醒"], results[0].ActionTitles);
        Assert.Contains("monthly on day 1 at 15:00", results[1].Text);
        Assert.Equal(["Snooze 1 h", "Tomorrow", "Done"], results[1].ActionTitles);
    }
}
