using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Target values: money ("$1.2M", "200万", "¥50万"), percentages ("95%", "百分之十五"), counts with a unit
/// ("800单", "30个") and, where a target is being set, bare numbers ("40", "1,200"). Numbers inside
/// time expressions are never values; the caller passes those spans to skip.
/// </summary>
public static class ValueFinder
{
    private const string Digits = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string ZhDigits = "[零一二两三四五六七八九十百千]+";

    private static readonly Regex WithUnit = new(
        $@"(?<cur>[$¥€£])\s?(?<n>{Digits})\s?(?<mult>k|m|mn|million|thousand|bn|billion|万|亿|w)?(?![a-z])" +
        $@"|(?<n>{Digits})\s?(?<mult>万|亿|千|百万|k|m|mn|million|thousand|bn|w)?\s?(?<unit>%|元|块|美元|美金|单|个|家|笔|位|人|小时|分钟|分|天|usd|rmb|cny|dollars|hours|hrs|minutes|mins|days)(?![a-z])" +
        $@"|(?<n>{Digits})\s?(?<mult>万|亿|千|百万|k|m|mn|million|bn|w)(?![a-z])" +
        $@"|百分之(?<pct>{ZhDigits}(?:点{ZhDigits})?)" +
        $@"|(?<zh>{ZhDigits}(?:万|亿))(?<unit>元|块|单|个)?" +
        $@"|(?<zh>(?:[二两三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九]百{ZhDigits}?|{ZhDigits}千))(?<unit>单|个|家|笔|位)",
        PhrasePattern.Options);

    // Only Latin letters and digits glue to a number ("Q3", "v2"); a Chinese verb before it does not ("破5000").
    private static readonly Regex Bare = new($@"(?<![a-z0-9_.$¥:])(?<n>{Digits})(?![a-z0-9_.%:])", PhrasePattern.Options);

    public static IReadOnlyList<EntitySpan> Find(NluText text, IReadOnlyList<(int Start, int Length)> timeSpans, bool includeBareNumbers)
    {
        var found = new List<EntitySpan>();
        var taken = new List<(int Start, int Length)>(timeSpans);
        foreach (Match m in WithUnit.Matches(text.Folded))
            Add(m, Resolve(m));
        if (includeBareNumbers)
            foreach (Match m in Bare.Matches(text.Folded))
                Add(m, new Amount(ChineseNumber.Parse(m.Groups["n"].Value), null));
        return found;

        void Add(Match m, Amount amount)
        {
            if (taken.Any(t => m.Index < t.Start + t.Length && t.Start < m.Index + m.Length)) return;
            // "Q3", "top 3" and list numbers are not targets.
            if (m.Index > 0 && char.IsAsciiLetter(text.Folded[m.Index - 1])) return;
            if (Regex.IsMatch(text.Folded[..m.Index], @"top\s?$|前$|第$")) return;
            taken.Add((m.Index, m.Length));
            found.Add(text.Span(EntityNames.Value, m.Index, m.Length, amount));
        }
    }

    private static Amount Resolve(Match m)
    {
        if (m.Groups["pct"].Success) return new Amount(ChineseNumber.Parse(m.Groups["pct"].Value.Replace("点", ".", StringComparison.Ordinal)), "%");
        var n = m.Groups["zh"].Success ? ChineseNumber.Parse(m.Groups["zh"].Value) : decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        n *= m.Groups["mult"].Value switch
        {
            "k" or "thousand" or "千" => 1_000m,
            "万" or "w" => 10_000m,
            "m" or "mn" or "million" or "百万" => 1_000_000m,
            "亿" => 100_000_000m,
            "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        var unit = m.Groups["cur"].Value switch
        {
            "$" => "USD", "¥" => "CNY", "€" => "EUR", "£" => "GBP",
            _ => m.Groups["unit"].Value switch
            {
                "元" or "块" or "rmb" or "cny" => "CNY",
                "美元" or "美金" or "usd" or "dollars" => "USD",
                "" => m.Groups["mult"].Value is "万" or "亿" or "w" ? "CNY" : null,
                var u => u,
            },
        };
        return new Amount(n, unit);
    }
}
