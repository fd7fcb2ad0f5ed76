using System.Text.Json.Nodes;
using SalesCoach.Data.Reminders;
using SalesCoach.Tests.Infrastructure;
using static SalesCoach.Tests.KpiSkill.TinyCompany;

namespace SalesCoach.Tests.Reminders;

/// <summary>
/// Reminders through the real host (/api/messages, expectReplies) on the tiny company: creation in zh and en
/// in the user's zone, linking to a visible customer, the edge cases, list / cancel / done / snooze, callback
/// suggestions and the digest settings, each checked against what was asked of the schedule.
/// </summary>
public sealed class ReminderTranscriptTests : IAsyncLifetime
{
    private ReminderHost _host = null!;

    public async Task InitializeAsync() => _host = await ReminderHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(string Text, JsonArray Replies)> SayAsync(string text, string user, string conversation, string locale = "zh-CN", Action<JsonObject>? tweak = null)
    {
        var activity = Activities.Message(text, locale, conversation, user);
        tweak?.Invoke(activity);
        var replies = await ExpectRepliesClient.SendAsync(_host.Client, activity);
        return (ExpectRepliesClient.ReadableText(replies), replies);
    }

    private static JsonObject? ReminderCard(JsonArray replies) => replies
        .Select(r => r?["attachments"] is JsonArray { Count: > 0 } a ? a[0]?["content"] : null).OfType<JsonObject>()
        .LastOrDefault(c => c["actions"] is JsonArray actions && actions.Any(x => x?["data"]?["reminderId"] is not null));

    private static DateTimeOffset LocalTomorrowAt(TimeZoneInfo zone, int hour)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        return LocalClock.ToUtc(today.AddDays(1).ToDateTime(new TimeOnly(hour, 0)), zone);
    }

    [Fact]
    public async Task AChineseReminderIsScheduledInShanghaiTimeAndLinkedToTheCustomer()
    {
        var (text, replies) = await SayAsync("明天上午10点提醒我回访华信科技", EastRep, "r-zh");
        Assert.Contains("提醒你", text);
        var card = ReminderCard(replies)!;
        Assert.Contains("华信科技（已关联客户档案）", card.ToJsonString(Json.Relaxed));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("Asia/Shanghai (UTC+08:00)", card.ToJsonString(Json.Relaxed));
        var titles = card["actions"]!.AsArray().Select(a => a!["data"]!["reminderAction"]!.GetValue<string>()).ToList();
        Assert.Equal(["snooze1h", "snoozeTomorrow", "done", "cancel"], titles);

        var scheduled = _host.Schedule.Last("reminder:")!;
        var id = card["actions"]![0]!["data"]!["reminderId"]!.GetValue<long>();
        Assert.Equal($"reminder:{id}", scheduled.Key);
        Assert.Equal(("reminder", id.ToString(), "test", EastRep), (scheduled.Kind, scheduled.PayloadId, scheduled.ChannelId, scheduled.UserId));
        Assert.Equal(LocalTomorrowAt(Zone, 10), scheduled.DueUtc);
    }

    [Fact]
    public async Task AnEnglishReminderForAnUnknownCustomerIsCreatedUnlinkedAndSaysSo()
    {
        var (text, replies) = await SayAsync("remind me to call Globex next Thursday 2pm", EastRep, "r-en", "en-US");
        Assert.Contains("no customer called \"Globex\"", text);
        Assert.Contains("call Globex", ReminderCard(replies)!.ToJsonString(Json.Relaxed));
        var due = TimeZoneInfo.ConvertTime(_host.Schedule.Last("reminder:")!.DueUtc, Zone);
        Assert.Equal((DayOfWeek.Thursday, 14), (due.DayOfWeek, due.Hour));
    }

    [Fact]
    public async Task TeamsLocalTimezoneDecidesWhatTomorrowTenMeans()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var (text, _) = await SayAsync("明天上午10点提醒我回访华信科技", EastRep, "r-tz", tweak: a => a["localTimezone"] = "Europe/Berlin");
        Assert.Contains("Europe/Berlin", text);
        Assert.Equal(LocalTomorrowAt(berlin, 10), _host.Schedule.Last("reminder:")!.DueUtc);
    }

    [Fact]
    public async Task ATimeInThePastIsRefusedAndAskedAgain()
    {
        var (text, _) = await SayAsync("昨天下午3点提醒我回访华信科技", EastRep, "r-past");
        Assert.Contains("已经过去了", text);
        Assert.Contains("什么时候提醒你", text);
        Assert.DoesNotContain(_host.Schedule.Scheduled, m => m.Key.StartsWith("reminder:"));
        var (after, _) = await SayAsync("明天下午3点", EastRep, "r-past");
        Assert.Contains("提醒已设置", after);
        Assert.Equal(LocalTomorrowAt(Zone, 15), _host.Schedule.Last("reminder:")!.DueUtc);
    }

    [Fact]
    public async Task CancellingHalfwayCreatesNothing()
    {
        var (ask, _) = await SayAsync("提醒我回访华信科技", EastRep, "r-half");
        Assert.Contains("什么时候提醒你", ask);
        var (text, _) = await SayAsync("取消", EastRep, "r-half");
        Assert.Contains("取消", text);
        var (list, _) = await SayAsync("我的提醒", EastRep, "r-half");
        Assert.Contains("没有进行中的提醒", list);
        Assert.DoesNotContain(_host.Schedule.Scheduled, m => m.Key.StartsWith("reminder:"));
    }

    [Fact]
    public async Task NothingToListIsSaidPlainly()
    {
        var (zh, _) = await SayAsync("我今天有哪些回访", EastRep2, "r-empty");
        Assert.Contains("今天没有回访提醒", zh);
        var (en, _) = await SayAsync("overdue", EastRep2, "r-empty-en", "en-US");
        Assert.Contains("Nothing overdue", en);
    }

    [Fact]
    public async Task TheLastReminderIsCancelledAndUnscheduled()
    {
        await SayAsync("明天上午10点提醒我给李总打电话", EastRep2, "r-cancel");
        var key = _host.Schedule.Last("reminder:")!.Key;
        var (text, _) = await SayAsync("刚才那个不要了", EastRep2, "r-cancel");
        Assert.Contains("已取消提醒", text);
        Assert.Contains("给李总打电话", text);
        Assert.Contains(key, _host.Schedule.Cancelled);
    }

    [Fact]
    public async Task ACardSubmitWorksForTheOwnerAndIsRefusedForAnyoneElse()
    {
        var (_, replies) = await SayAsync("明天上午10点提醒我回访华信科技", EastRep, "r-card");
        var id = ReminderCard(replies)!["actions"]![0]!["data"]!["reminderId"]!.GetValue<long>();
        JsonObject Submit(string action) => new() { ["reminderAction"] = action, ["reminderId"] = id, ["text"] = "完成" };

        var (refused, _) = await SayAsync("", SouthRep, "r-card-other", tweak: a => a["value"] = Submit("done"));
        Assert.Contains($"找不到你的第 {id} 号提醒", refused);
        Assert.DoesNotContain($"reminder:{id}", _host.Schedule.Cancelled);

        var (snoozed, _) = await SayAsync("", EastRep, "r-card", tweak: a => a["value"] = Submit("snooze1h"));
        Assert.Contains("推迟到", snoozed);
        var due = _host.Schedule.Last($"reminder:{id}")!.DueUtc;
        Assert.InRange(due, DateTimeOffset.UtcNow.AddMinutes(55), DateTimeOffset.UtcNow.AddMinutes(65));

        var (done, _) = await SayAsync("", EastRep, "r-card", tweak: a => a["value"] = Submit("done"));
        Assert.Contains("已完成", done);
        Assert.Contains($"reminder:{id}", _host.Schedule.Cancelled);
    }

    [Fact]
    public async Task TypedSnoozeAndDoneActOnTheCurrentReminder()
    {
        await SayAsync("remind me to call Initech tomorrow 9am", SouthRep, "r-typed", "en-US");
        var key = _host.Schedule.Last("reminder:")!.Key;
        var (snoozed, _) = await SayAsync("snooze 1h", SouthRep, "r-typed", "en-US");
        Assert.Contains("call Initech", snoozed);
        var (done, _) = await SayAsync("done", SouthRep, "r-typed", "en-US");
        Assert.Contains("Done: call Initech", done);
        Assert.Contains(key, _host.Schedule.Cancelled);
    }

    [Fact]
    public async Task AMonthlyCallbackRepeatsOnTheFirstAtNine()
    {
        var (text, replies) = await SayAsync("每月1号回访华信科技", EastRep, "r-monthly");
        Assert.Contains("重复提醒", text);
        Assert.Contains("每月1号 09:00", ReminderCard(replies)!.ToJsonString(Json.Relaxed));
        var due = TimeZoneInfo.ConvertTime(_host.Schedule.Last("reminder:")!.DueUtc, Zone);
        Assert.Equal((1, 9, 0), (due.Day, due.Hour, due.Minute));
        Assert.True(due > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task TheBriefsExamplesResolveDayTimeSubjectAndRepeat()
    {
        var (_, replies) = await SayAsync("下周三下午3点提醒我回访张总", EastRep, "r-ex1");
        var card = ReminderCard(replies)!.ToJsonString(Json.Relaxed);
        Assert.Contains("\"value\":\"回访张总\"", card);
        var due = TimeZoneInfo.ConvertTime(_host.Schedule.Last("reminder:")!.DueUtc, Zone);
        Assert.Equal((DayOfWeek.Wednesday, 15), (due.DayOfWeek, due.Hour));
        Assert.InRange((due - DateTimeOffset.UtcNow).TotalDays, 0, 14);

        (_, replies) = await SayAsync("每周五回访张总", EastRep, "r-ex2");
        Assert.Contains("每周五 09:00", ReminderCard(replies)!.ToJsonString(Json.Relaxed));
        due = TimeZoneInfo.ConvertTime(_host.Schedule.Last("reminder:")!.DueUtc, Zone);
        Assert.Equal((DayOfWeek.Friday, 9), (due.DayOfWeek, due.Hour));

        (_, replies) = await SayAsync("remind me every Monday at 9am to call Globex", EastRep, "r-ex3", "en-US");
        Assert.Contains("every Mon at 09:00", ReminderCard(replies)!.ToJsonString(Json.Relaxed));
        due = TimeZoneInfo.ConvertTime(_host.Schedule.Last("reminder:")!.DueUtc, Zone);
        Assert.Equal((DayOfWeek.Monday, 9), (due.DayOfWeek, due.Hour));
    }

    [Fact]
    public async Task RemindersAreCancelledByNumberOrByNameAndCompletedByNumber()
    {
        async Task<long> CreateAsync(string text)
        {
            var (_, replies) = await SayAsync(text, EastRep2, "r-many");
            return ReminderCard(replies)!["actions"]![0]!["data"]!["reminderId"]!.GetValue<long>();
        }
        var first = await CreateAsync("明天上午10点提醒我回访华信科技");
        var second = await CreateAsync("明天下午4点提醒我给李总打电话");
        var third = await CreateAsync("后天上午9点提醒我回访王总");

        var (byNumber, _) = await SayAsync($"取消 {first}", EastRep2, "r-many");
        Assert.Contains("已取消提醒：回访华信科技", byNumber);
        var (byName, _) = await SayAsync("取消李总的提醒", EastRep2, "r-many");
        Assert.Contains("给李总打电话", byName);
        var (done, _) = await SayAsync($"完成 {third}", EastRep2, "r-many");
        Assert.Contains("已完成：回访王总", done);
        Assert.Equal(new[] { $"reminder:{first}", $"reminder:{second}", $"reminder:{third}" }, _host.Schedule.Cancelled.Where(k => k.StartsWith("reminder:")).ToArray());
        var (list, _) = await SayAsync("my reminders", EastRep2, "r-many-en", "en-US");
        Assert.Contains("You have no open reminders", list);
    }

    [Fact]
    public async Task ThisWeeksListShowsTheRemindersInTheirGroups()
    {
        await SayAsync("明天上午10点提醒我回访华信科技", EastRep, "r-list");
        var (text, _) = await SayAsync("我的提醒", EastRep, "r-list");
        Assert.Contains("回访华信科技", text);
        Assert.Contains("时区 Asia/Shanghai", text);
    }

    [Fact]
    public async Task QuietCustomersAreProposedWithAButtonThatCreatesTheCallback()
    {
        var (text, replies) = await SayAsync("哪些客户该回访了", EastRep, "r-callbacks");
        Assert.Contains("华信科技", text);
        Assert.Contains("没有联系记录", text);
        var button = replies.Select(r => r?["attachments"]?[0]?["content"]?["actions"]?[0]).OfType<JsonNode>().Last();
        Assert.Equal("明天上午10点提醒我回访华信科技", button["data"]!["text"]!.GetValue<string>());
        // A rep of another team sees none of the first team's customers.
        var (other, _) = await SayAsync("who should I call back", SouthRep, "r-callbacks-en", "en-US");
        Assert.DoesNotContain("华信科技", other);
    }

    [Fact]
    public async Task DigestSettingsChangeTheScheduleInChat()
    {
        var (time, _) = await SayAsync("每天8点半提醒我", EastManager, "r-digest");
        Assert.Contains("08:30", time);
        var digest = _host.Schedule.Last("digest:")!;
        Assert.Equal(("digest:test:" + EastManager, "digest"), (digest.Key, digest.Kind));
        var local = TimeZoneInfo.ConvertTime(digest.DueUtc, Zone);
        Assert.Equal((8, 30), (local.Hour, local.Minute));

        var (weekdays, _) = await SayAsync("weekdays only", EastManager, "r-digest", "en-US");
        Assert.Contains("on weekdays", weekdays);
        var weekday = TimeZoneInfo.ConvertTime(_host.Schedule.Last("digest:")!.DueUtc, Zone).DayOfWeek;
        Assert.NotEqual(DayOfWeek.Saturday, weekday);
        Assert.NotEqual(DayOfWeek.Sunday, weekday);

        var (off, _) = await SayAsync("turn off the digest", EastManager, "r-digest", "en-US");
        Assert.Contains("digest is off", off);
        Assert.Contains("digest:test:" + EastManager, _host.Schedule.Cancelled);
    }
}
