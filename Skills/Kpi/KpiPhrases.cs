using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Kpi;

/// <summary>The words the KPI skill reads beyond the shared recogniser's entities, zh and en.</summary>
internal static partial class KpiPhrases
{
    [GeneratedRegex(@"我们(?:的)?(?:团队|组|小组|部门)|我的(?:团队|组|小组)|本组|咱们(?:团队|组)|\b(?:my|our) (?:team|group|squad)\b", RegexOptions.IgnoreCase)]
    public static partial Regex MyTeam();

    [GeneratedRegex(@"我自己|我个人|我的|\b(?:my|mine|me|myself)\b|^我(?=[这上本今去近]|\s*(?:本|这|上))", RegexOptions.IgnoreCase)]
    public static partial Regex Self();

    [GeneratedRegex(@"全公司|整个公司|公司整体|公司总|全国|整体|\b(?:whole company|company-wide|company wide|companywide|overall|the company|total company|all regions)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Company();

    /// <summary>"top 5 reps", "前5名", "排名", "谁最高", "哪个大区增长最快", "which team", "各区域", "by rep".</summary>
    [GeneratedRegex(@"\btop\s*(?<n>\d{1,2})\b|前\s*(?<n>\d{1,2}|[一二三四五六七八九十])\s*(?:名|位|个)?|排名|排行|排序|谁最|哪(?:个|位|些)(?:(?:销售|人|团队|组|区|大区|区域|地区)[^，,。？?]{0,8}?最|(?:销售|人|团队|组|区|大区|区域)?(?:最|的))|\b(?:rank(?:ing|ed)?|leaderboard|best|top|worst|bottom|who (?:has|had|sold|is)|which (?:rep|team|region|salesperson))\b|各(?:个)?(?:销售|团队|组|区域|大区|地区)|每个(?:销售|团队|组|区域|大区)|\bby (?:rep|team|region|salesperson|person)s?\b|\b(?:each|every|per) (?:rep|team|region|salesperson)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ranking();

    [GeneratedRegex(@"团队|小组|\b(?:teams?|groups?)\b|组(?!织)", RegexOptions.IgnoreCase)]
    public static partial Regex TeamLevel();

    [GeneratedRegex(@"区域|大区|地区|\bregions?\b", RegexOptions.IgnoreCase)]
    public static partial Regex RegionLevel();

    [GeneratedRegex(@"最差|最低|倒数|末尾|\b(?:worst|bottom|lowest|least)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Bottom();

    [GeneratedRegex(@"同比|去年同期|上年同期|\b(?:yoy|year[- ]over[- ]year|same period last year|vs\.? last year|compared (?:to|with) last year)\b", RegexOptions.IgnoreCase)]
    public static partial Regex YearOnYear();

    /// <summary>
    /// "vs last month?", "compared with the previous quarter": against the period before, which every figure is already
    /// compared with (环比); as a follow-up it asks for the last figure again with that comparison. (Chinese 环比 is read
    /// as the growth metric by the catalogue.)
    /// </summary>
    [GeneratedRegex(@"\b(?:vs\.?|versus|compared (?:to|with)|than|against) (?:the )?(?:last|previous|prior) (?:month|quarter|week|period)\b|\b(?:month[- ]over[- ]month|quarter[- ]over[- ]quarter|qoq)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PreviousPeriod();

    [GeneratedRegex(@"趋势|走势|变化曲线|每个?月|逐月|按月|近(?<n>\d{1,2}|[一二三四五六七八九十])个?(?:月|季度)|\b(?:trend|over time|month by month|monthly|by month|last (?<n>\d{1,2}) months)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Trend();

    [GeneratedRegex(@"什么是|是什么|什么意思|啥意思|定义|怎么算|如何计算|怎么计算|计算公式|口径|\b(?:what is|what's|what does|define|definition|meaning of|how is .{1,40} (?:calculated|computed|measured)|formula)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Definition();

    /// <summary>Comparison words the recogniser reads as growth, which with another metric only say how to compare.</summary>
    [GeneratedRegex(@"^(?:同比|环比|去年同期|上年同期|同期|yoy|year over year)$", RegexOptions.IgnoreCase)]
    public static partial Regex ComparisonOnly();

    /// <summary>The words that mark a second scope as the one compared against.</summary>
    [GeneratedRegex(@"比|和|与|跟|对比|相比|\b(?:vs\.?|versus|than|compared (?:to|with)|and)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Versus();

    public static int Number(string? text, int fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, out var n)) return n;
        var digits = "一二三四五六七八九十";
        var index = digits.IndexOf(text[0]);
        return index >= 0 ? index + 1 : fallback;
    }
}
