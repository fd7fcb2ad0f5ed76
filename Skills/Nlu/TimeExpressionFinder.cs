using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Finds time expressions on folded text: periods ("上个季度", "by end of June", "this quater") and
/// moments ("明天下午3点", "in 30 minutes"). The same span is a period or a datetime depending on the
/// intent, so this finder does not decide. Deadline words ("年底前", "by end of") stay in the span, as
/// the labels keep them. Microsoft.Recognizers.Text adds what these patterns miss (see <see cref="RecognizersDateTime"/>).
/// </summary>
public static class TimeExpressionFinder
{
    private const string ZhNum = "[0-9一二两三四五六七八九十]";
    // "一" starts words too: "上周一共" is "last week, in all", not "last Monday".
    private const string Weekday = "(?:[二三四五六日天1-7]|一(?![共些起直样般致律切]))";

    // Chinese: a day, then an optional part of day, then an optional clock time.
    private const string ZhDay =
        "大后天|后天|明儿个|明儿|明天|今天|今日|明日|今早|明早|今晚|明晚|昨天|(?:这|本|下|上)?个?周末|" +
        // A holiday, or the end of the working day, is a day people set reminders by ("元旦前", "今天下班前").
        "(?:元旦|春节|国庆|中秋|端午|清明|五一|十一)(?=前|之前|后|以后)|(?:今天|明天)?下班|" +
        // A weekday with "每" is a recurring one ("每周三下午4点").
        $"(?:每|这|本|下下|下|上)?个?(?:周|星期|礼拜){Weekday}|" +
        $"(?:{ZhNum}{{1,4}}年)?{ZhNum}{{1,2}}月{ZhNum}{{1,3}}[号日]|(?:(?:这|本|下下|下|上)个?月)?{ZhNum}{{1,3}}[号日]";
    // The parts of the day that stand alone as a time ("下午提醒我"); 早/晚 alone start other words.
    private const string ZhPartAlone = "早上|上午|中午|下午|傍晚|晚上|凌晨|早晨";
    private const string ZhPart = ZhPartAlone + "|夜里|早|晚";
    private const string ZhVague = "一会儿?|待会儿?|稍后";
    private const string EnVague = "(?:daily|weekly)|weekdays|weekends|every (?:day|morning|afternoon|evening|night)";
    private const string ZhClock = $"{ZhNum}{{1,3}}(?:[点:：]|点钟)(?:半|一刻|三刻|{ZhNum}{{1,2}}分?)?";
    private const string ZhRelative = $"(?:{ZhNum}+|半|几)个?(?:半)?(?:小时|钟头|分钟|天|周|星期|个月)(?:后|以后|之后)|" +
        // Vague but real: "过两天", "一会儿", "待会", "未来三天"; and recurrences a reminder repeats on ("每隔两周", "每个月最后一天").
        $"过(?:{ZhNum}|几)天|{ZhVague}|未来(?:{ZhNum}{{1,2}}|几)(?:天|周)|每隔(?:{ZhNum}{{1,2}}|一)个?(?:天|周|星期|月)|每个?月(?:最后一天|月底|底|初|{ZhNum}{{1,2}}[号日])";
    // A year with a quarter, half or month ("今年Q2", "去年第三季度", "今年9月底") is one period, not a year and then a quarter.
    private const string ZhPeriod =
        $"(?:(?:这|本|下|上)个?月|{ZhNum}{{1,2}}月)(?:上旬|中旬|下旬)|(?:今年|去年|明年|{ZhNum}{{4}}年)的?(?:第?[一二三四1-4]季度|q[1-4]|h[12]|上半年|下半年|{ZhNum}{{1,2}}月份?(?:底|末|初|中)?)|" +
        "(?:上上|下下|这|本|上|下|今|去|明|前)(?:一)?个?(?:财年|季度|季|月份?|周|星期|礼拜|年度?)|" +
        "(?:今年|去年|明年)?(?:上半年|下半年|年底前|年底|年末|年初|年中)|" +
        $"(?:{ZhNum}{{1,2}}月份?)?(?:月底前|月底|月初|月末|月中|季度末|季末|季度底)|" +
        "(?:最近|近期|近来|这段时间|过去|近)(?:的)?(?:" + ZhNum + "{1,3}|半)?个?(?:天|周|星期|月|季度|年)?|" +
        $"(?:第)?[一二三四1-4]季度|q[1-4](?:季度)?|h[12]|(?:{ZhNum}{{2,4}}年)?{ZhNum}{{1,2}}月份?(?:底)?|{ZhNum}{{4}}年|年内|本年度|截至目前|至今";

    // What may follow a period and belongs to it: a deadline ("9月底前", "本周之前") or "up to now" ("今年到现在").
    // "前" followed by a count starts "前三名", not a deadline.
    private const string ZhPeriodSuffix = "(?:前(?![一二两三四五六七八九十0-9几])|之前|以前|到现在|到目前为止|到目前|至今|以来)?";

    // English. Span rules (the labels'): a deadline word stays in ("by Friday", "before end of June", "until 5pm",
    // "within 3 months", "since January"); "at", "on", "in", "for", "over", "during" in front are left out ("on May 3" -> "May 3"),
    // except "in" before an amount of time ("in 30 minutes"), and except inside the span ("tomorrow at 10am",
    // "noon on Friday"); a recurrence keeps its "every"/"each" ("every weekday at 8").
    private const string EnDayName = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";
    private const string EnDayNames = "mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";
    private const string EnMonth = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private const string EnOrdinal = "\\d{1,2}(?:st|nd|rd|th)";
    private const string EnCount = "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple of|a few|couple";
    private const string EnRelativeDay = "today|tomorrow|tmrw|tmr|tmrow|tomoro|2morrow|2moro|tonight|the day after tomorrow";
    private const string EnDay =
        $"{EnOrdinal}(?! (?:place|quarter|percentile|half))|{EnRelativeDay}|the {EnOrdinal}(?: of (?:{EnMonth}|(?:this|next) month))?|" +
        // A weekday, the week it falls in ("next Tue", "Monday next week", "this coming Friday").
        $"(?:(?:next|this|coming|this coming) )?(?:{EnDayName})(?: (?:next|this) week)?|" +
        // Dates: "Dec 15", "December 15th, 2026", "15 Dec", "12/15" (month/day as typed in English).
        $"(?:{EnMonth})\\.? \\d{{1,2}}(?:st|nd|rd|th)?(?:,? \\d{{4}})?|\\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{EnMonth})|(?<![0-9./])(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])(?![0-9./%])";
    private const string EnPart = "morning|afternoon|evening|night|noon|lunchtime|lunch";
    private const string EnRecurring =
        "(?:every|each) (?:day|morning|afternoon|evening|night|weekday|workday|work day|business day|week|month|other (?:day|week|month)|" +
        $"(?:\\d+|two|three|four) (?:days|weeks)|(?:other )?(?:{EnDayName})(?: (?:morning|afternoon|evening))?)|(?:daily|weekly)(?! (?:digest|summary|reminder summary|report|汇总|摘要))|weekdays|weekends|" +
        $"(?:on )?(?:{EnDayNames})(?: (?:mornings?|afternoons?|evenings?))?";
    private const string EnClock = "\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|\\d{1,2} o'clock|half past (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:a )?quarter (?:past|to) (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|noon|midday|midnight";
    // A clock time said with its part of the day ("8 in the morning", "3 this afternoon", "9 tonight").
    private const string EnClockPart = "(?: (?:in the (?:morning|afternoon|evening)|this (?:morning|afternoon|evening)|tonight|tomorrow(?: (?:morning|afternoon|evening))?|tmrw|tmr|sharp))";
    private const string EnRelative = $"in (?:{EnCount}|half an|an hour and a half|\\d+\\.\\d+) (?:minutes?|mins?|hours?|hrs?|hr|days?|weeks?|wks?|months?)|in half an hour|in an hour|" +
        $"(?:{EnCount}) (?:days?|weeks?|wks?|hours?|hrs?) (?:from now|later|from today)|(?:later )?this (?:morning|afternoon|evening)|later today|later tonight|" +
        "(?:right )?after (?:lunch|the meeting|work)(?: (?:today|tomorrow|tmrw))?|first thing(?: (?:tomorrow|tmrw|tmr|in the morning|(?:on )?(?:" + EnDayName + ")))?(?: morning)?|" +
        "(?:by |before )?(?:the )?end of (?:the )?(?:day|business|play|work day)|cob|(?:early|later|late|mid)[ -](?:next|this) week|(?:over|on) the weekend|this weekend|next weekend";
    private const string EnHoliday = "christmas|xmas|new year(?:'s)?(?: day| eve)?|chinese new year|lunar new year|spring festival|cny|national day|golden week|thanksgiving|the holidays";
    private const string EnPeriodUnit = "weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?|fiscal year|fy|days?|half";
    private const string EnPeriod =
        "(?:by |before |until |till |through |thru )?(?:the )?end of (?:the )?(?:(?:this|next|last) )?(?:" + EnMonth + "|month|quarter|qtr|year|week|day|q[1-4]|h[12])|eod|eow|eom|eoq|eoy|" +
        "(?:by |before |until |till |through )?(?:the )?(?:month|quarter|year|qtr|fiscal year)[ -]end|" +
        // Halves and quarters of a year in words ("the first half of the year", "second half", "the 3rd quarter").
        "(?:the )?(?:first|second|1st|2nd) half(?: of (?:the |this |next |last )?(?:year|fy|\\d{4}))?|(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter(?: of (?:the |this |next |last )?(?:year|fy|\\d{4}))?|" +
        $"(?:within |since )?(?:the )?(?:this|last|next|past|previous|coming|current|first|final) (?:(?:{EnCount}) )?(?:{EnPeriodUnit})|" +
        $"(?:within |since )(?:{EnCount}) (?:{EnPeriodUnit})|" +
        "(?:since )?(?:the )?(?:start|beginning) of (?:the |this |next )?(?:month|quarter|year|q[1-4])|" +
        "(?:by |before |until |till |since )(?:" + EnMonth + ")(?: \\d{1,2}(?:st|nd|rd|th)?)?|year to date|month to date|quarter to date|ytd|mtd|qtd|recently|lately|" +
        // Ranges count as one period ("from Jan to Mar", "Jan-Mar", "Q3 and Q4", "between April and June").
        "(?:from |between )?(?:" + EnMonth + "|q[1-4])(?: ?[-–~] ?| to | through | thru | and )(?:" + EnMonth + "|q[1-4])(?: \\d{4})?|" +
        "(?:early |mid[ -]|late )(?:" + EnMonth + "|q[1-4]|next month|this month)|" +
        "(?:by |before |since )?q[1-4](?: \\d{4}| fy\\d{2,4})?|(?:by )?h[12](?: \\d{4})?|fy ?\\d{2,4}|(?:in |for |by |since |during )?(?:" + EnMonth + ")(?: \\d{4})?|" +
        "(?:in |for |during |since |by )(?:20[1-3]\\d)(?![0-9,%]| ?(?:orders?|deals?|customers?|units?|k\\b))|" +
        $"(?:by |before |until |till |for |over )(?:{EnHoliday})";

    /// <summary>English words misspelt by more than one edit that are still plainly times ("tommorow", "wensday"), found by <see cref="EnglishTypoCorrector"/>.</summary>
    internal static readonly string[] LongTimeWords = ["tomorrow", "wednesday", "thursday", "saturday", "afternoon", "february", "september", "november", "december"];

    private static readonly Regex Zh = new(
        $"(?:{ZhDay})(?:{ZhPart})?(?:{ZhClock})?(?:前|之前|以前)?|(?:{ZhPart})(?:{ZhClock})|{ZhClock}|{ZhRelative}|(?:{ZhPeriod}){ZhPeriodSuffix}|" +
        // A part of the day alone ("下午提醒我打电话", "汇总能不能晚上发"); not the one-character 早/晚, which start other words.
        ZhPartAlone,
        PhrasePattern.Options);

    private static readonly Regex En = new(
        $"(?<![a-z0-9])(?:(?:{EnRecurring})(?: (?:at )?(?:{EnClock}|\\d{{1,2}}(?![0-9:%$])))?|(?:{EnRelative})(?: (?:at )?(?:{EnClock}|\\d{{1,2}}(?![0-9:%$.])))?|" +
        $"(?:by |before |until |till |on )?(?:{EnDay})(?:,? (?:{EnPart}))?(?:(?:'s|,)? (?:at |by |around )?(?:{EnClock})|,? (?:at |around )\\d{{1,2}}(?![0-9:%$])|(?<=(?:{EnRelativeDay}|{EnDayName})) \\d{{1,2}}(?![0-9:%$/.]))?|" +
        $"(?:by |before |until |till |around )?(?:{EnClock}){EnClockPart}?(?:,? (?:on |this |next )?(?:{EnDay})| (?:{EnRecurring}))?|(?:at |around )\\d{{1,2}}{EnClockPart}|\\d{{1,2}} (?:in the (?:morning|afternoon|evening)|tonight)|" +
        // A bare hour after "at" ("send the digest at 8"): the hour is the span, as "at noon" gives "noon".
        $"(?<=(?<![a-z])at )(?:[01]?[0-9]|2[0-3])(?![0-9:%$.,/]| ?(?:k|m|mil|grand|orders?|deals?|customers?|percent|pct|dollars|yuan)(?![a-z]))|" +
        $"{EnPeriod})(?![a-z])",
        PhrasePattern.Options);

    /// <summary>Leading words the labels leave outside the span ("for Q4" -> "Q4", "on May 3" -> "May 3").</summary>
    private static readonly Regex LeadingPreposition = new("^(?:in|for|on|at|around|over|during) ", PhrasePattern.Options);

    private static readonly Regex Weak = new($"^(?:{ZhPartAlone}|{ZhVague}|{EnVague})$", PhrasePattern.Options);

    private static readonly Regex Relative = new($"^(?:{EnRelative})$", PhrasePattern.Options);

    public static IReadOnlyList<(int Start, int Length)> Find(string folded)
    {
        var candidates = new List<(int Start, int Length)>();
        foreach (var regex in new[] { En, Zh })
            foreach (Match m in regex.Matches(folded))
            {
                if (m.Length == 0 || IsNotATime(folded, m)) continue;
                var (start, length) = (m.Index, m.Length);
                var lead = LeadingPreposition.Match(m.Value);
                // "in 30 minutes" keeps its "in": without it the span no longer says when.
                if (lead.Success && !Relative.IsMatch(m.Value)) (start, length) = (start + lead.Length, length - lead.Length);
                candidates.Add((start, length));
            }
        // The longest reading wins where the two languages' patterns overlap: "7:30am" over the Chinese
        // clock's "7:30", "明年Q1前" over the English "Q1". Ties keep English first (stable sort).
        var found = new List<(int Start, int Length)>();
        foreach (var (start, length) in candidates.OrderByDescending(c => c.Length))
            if (!found.Any(f => start < f.Start + f.Length && f.Start < start + length))
                found.Add((start, length));
        // A vague time ("下午", "一会儿", "daily") only counts when nothing more precise is said: in
        // "每天早上的汇总能不能改成7点发" the time is 7点.
        if (found.Any(f => !Weak.IsMatch(folded.Substring(f.Start, f.Length))))
            found.RemoveAll(f => Weak.IsMatch(folded.Substring(f.Start, f.Length)));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool IsNotATime(string folded, Match m)
    {
        var v = m.Value;
        // "近" alone, "最近" is kept; a bare "近" inside "附近"/"接近" is not a period.
        if (v == "近" || v == "过去") return true;
        // After "比"/"vs"/"compared to" a time is the base of a comparison ("今年比去年", "grow vs last year"), not the period asked about.
        if (System.Text.RegularExpressions.Regex.IsMatch(folded[..m.Index], @"(?:比|相比|对比|vs\.?|versus|compared (?:to|with)|than|same period)\s*$")) return true;
        // "1:1" is a one-on-one meeting, not a clock time (a clock has two digits of minutes).
        if (System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{1,2}[:：]\d$")) return true;
        // "去年同期" is the base of a comparison (a growth figure), not the period asked about.
        if (folded.AsSpan(m.Index + m.Length).StartsWith("同期", StringComparison.Ordinal)) return true;
        // Bare abbreviations that are ordinary words or names ("may", "mar", "sun", "sat", "wed", "mon", "jan", "dec") are
        // those far more often than dates; the others are dates wherever they stand ("add Oct too", "Sep vs Aug").
        if (v is "may" or "mar" or "sun" or "sat" or "jan" or "dec" or "wed" or "mon")
            return true;
        // "3天"-style counts inside a value ("30个") are not matched by these patterns; a clock time right after
        // a currency sign is money, not time.
        return m.Index > 0 && folded[m.Index - 1] is '$' or '¥' or '€';
    }
}
