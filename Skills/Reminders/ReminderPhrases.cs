using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// The short phrases of the reminder and digest features, matched whole before the recogniser: the offline
/// intent model reads "推迟一小时" as a risk question and "每天8点半提醒我" as a new reminder, while these are
/// commands about something that already exists.
/// </summary>
public static partial class ReminderPhrases
{
    private const string End = @"\s*[。.!！?？]?$";

    [GeneratedRegex(@"(?:^(?:完成|已完成|搞定|搞定了|做完了|回访完了|done|mark (?:it )?(?:as )?done|completed?|finished)(?:\s*(?:第)?#?(?<id>\d+)(?:个|号)?)?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Done();

    [GeneratedRegex(@"(?:^(?:(?:推迟|延后|晚点|稍后)(?:提醒)?(?<n>\d+|[一二两三四五六七八九十半]+)?\s*(?<unit>个?小时|分钟|天)|snooze(?: for)?\s*(?<n>\d+|an?|one|half an?)?\s*(?<unit>h|hours?|m|min|mins|minutes?|d|days?))(?:\s*#?(?<id>\d+))?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex SnoozeFor();

    [GeneratedRegex(@"(?:^(?:推迟到明天|明天再提醒(?:我)?|改到明天|snooze (?:until |till |to )?tomorrow|remind me tomorrow)(?:\s*#?(?<id>\d+))?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex SnoozeTomorrow();

    [GeneratedRegex(@"(?:^(?:刚才(?:那个|的)(?:提醒)?(?:不要了|取消|取消吧|删了|删掉)|取消刚才(?:那个|的)(?:提醒)?|(?:cancel|delete|drop) (?:the )?(?:last|that|previous) (?:one|reminder)|never ?mind (?:that|the last) reminder))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex CancelLast();

    [GeneratedRegex(@"(?:^(?:取消|删除|删掉)\s*(?:第)?\s*#?(?<id>\d+)\s*(?:个|号)?(?:提醒)?|^(?:cancel|delete) (?:reminder )?#?(?<id>\d+))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex CancelNumber();

    [GeneratedRegex(@"(?:^(?:取消|删除|不用)(?:提醒我)?(?<name>.+?)(?:的|那个)?(?:提醒|回访)(?:了)?|^(?:cancel|delete|drop|remove) (?:the|my) (?:reminder|one|callback) (?:for|about|to|with) (?<name>.+?))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex CancelNamed();

    [GeneratedRegex(@"(?:^(?:(?:我)?(?:有)?(?:哪些|什么)?(?:逾期|过期|超期|没完成)(?:的)?(?:回访|提醒)?(?:有哪些)?|overdue(?: reminders| callbacks)?|(?:what|which) (?:reminders |callbacks )?(?:are|is) overdue))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex ListOverdue();

    [GeneratedRegex(@"(?:^(?:(?:我)?(?:这周|本周|这个星期|这礼拜)(?:有)?(?:哪些|什么)?(?:的)?(?:回访|提醒)(?:有哪些)?|this week'?s (?:reminders|callbacks)|(?:reminders|callbacks) (?:for )?this week|what(?:'s| is) on this week))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex ListWeek();

    [GeneratedRegex(@"(?:^(?:我?今天(?:有)?(?:哪些|什么)(?:回访|提醒)|今天的(?:回访|提醒)|today'?s (?:reminders|callbacks)|(?:reminders|callbacks) (?:for )?today|what callbacks do i have today))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex ListToday();

    [GeneratedRegex(@"(?:^(?:我的(?:提醒|回访)(?:列表)?|所有(?:的)?提醒|提醒列表|my reminders|list (?:my )?reminders|show (?:my )?reminders))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex ListAll();

    [GeneratedRegex(@"(?:^(?:哪些客户(?:该|需要|应该)回访(?:了)?|(?:该|需要)回访哪些客户|回访建议|有哪些客户很久没联系(?:了)?|who should i call back|callback suggestions|which customers (?:should i|need a) call(?: back)?|who needs a callback))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex Callbacks();

    [GeneratedRegex(@"(?:^(?:关闭|关掉|停止|取消|不要)(?:每日|每天的?)?(?:摘要|日报)|^turn off the (?:daily )?digest|^(?:stop|disable) the (?:daily )?digest|^no more digests?)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DigestOff();

    [GeneratedRegex(@"(?:^(?:打开|开启|恢复)(?:每日|每天的?)?(?:摘要|日报)|^turn on the (?:daily )?digest|^(?:start|enable) the (?:daily )?digest)" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DigestOn();

    [GeneratedRegex(@"(?:^(?:(?:摘要|日报)?只在工作日(?:发|发送|提醒)?|(?:摘要|日报)?仅工作日(?:发送)?|周末不要发(?:摘要)?|(?:digest )?(?:on )?weekdays only|only on weekdays|no digest (?:at|on) weekends))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DigestWeekdays();

    [GeneratedRegex(@"(?:^(?:周末也发(?:摘要)?|每天都发(?:摘要)?|(?:digest )?every day including weekends|weekends too))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DigestEveryDay();

    [GeneratedRegex(@"(?:^(?:每天|每日)(?<time>[^提发推]{1,12}?)(?:提醒我|发(?:给我)?(?:摘要|日报)|推送(?:摘要)?)|^(?:摘要|每日摘要|日报)(?:改到|改成|改为|设为|设在|定在)(?<time>.+?)(?:发送?)?|^(?:send (?:me )?)?(?:the )?(?:daily )?digest (?:at|every day at) (?<time>.+?)|^remind me every ?day at (?<time>[^a-z]*?(?:am|pm)?))" + End, RegexOptions.IgnoreCase)]
    public static partial Regex DigestTime();
}
