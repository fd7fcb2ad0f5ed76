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

    // Multipliers as typed in chat: "250k", "1.2M", "1.5 mil", "50 grand".
    private const string EnMult = "k|m|mn|mil|mill|million|thousand|grand|bn|billion";
    // Units of measure stay in the span ("30 mins", "2 hrs", "15 percent"), as 单 and 个 do in Chinese.
    private const string EnUnit = "hours?|hrs?|hr|minutes?|mins?|min|days?|weeks?|percent|pct|points?|pts|dollars?|bucks|usd|rmb|cny|yuan";
    // A count of things ("800 orders", "40 new customers") is the number alone: English has no measure word, the noun names
    // the metric, and all three writers of the dev sets labelled it so ("1,200", "15", "200"). The noun is kept as the unit.
    private const string EnCounted = "(?:new |more |extra )?(?<counted>orders?|deals?|customers?|clients?|accounts?|logos?|leads?|calls?|visits?|meetings?|demos?|units?|contracts?|opportunities|opps?)(?![a-z])";
    // Money written with the currency's code or name in front ("RMB 500k", "USD 200k", "US$1.2M").
    private const string CurrencyWord = "rmb|cny|usd|us\\$|hk\\$";
    // Spelled-out amounts ("half a million", "two million", "a hundred grand").
    private const string NumberWord = "half a|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|one hundred";

    private static readonly Regex WithUnit = new(
        $@"(?<cur>[$¥€£])\s?(?<n>{Digits})\s?(?<mult>{EnMult}|万|亿|w)?(?![a-z])" +
        $@"|(?<curword>{CurrencyWord})\s?(?<n>{Digits})\s?(?<mult>{EnMult}|万|亿|w)?(?![a-z])" +
        $@"|(?<n>{Digits})\s?(?<mult>万|亿|千|百万|{EnMult})?\s?(?<unit>%|元|块|美元|美金|单|个|家|笔|位|人|小时|分钟|分|天|{EnUnit})(?![a-z])" +
        $@"|(?<n>{Digits})(?= {EnCounted})" +
        $@"|(?<n>{Digits})\s?(?<mult>万|亿|千|百万|{EnMult}|w)(?![a-z])" +
        // A rating out of a scale ("4.5/5") is one value.
        $@"|(?<n>\d(?:\.\d+)?)(?<unit>/(?:5|10))(?![0-9])" +
        $@"|(?<![a-z])(?<word>{NumberWord}) (?<mult>million|thousand|grand|billion)(?: (?<unit>dollars|bucks|usd|rmb|yuan))?(?![a-z])" +
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
        var n = m.Groups["zh"].Success ? ChineseNumber.Parse(m.Groups["zh"].Value)
            : m.Groups["word"].Success ? WordNumber(m.Groups["word"].Value)
            : decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        n *= m.Groups["mult"].Value switch
        {
            "k" or "thousand" or "grand" or "千" => 1_000m,
            "万" or "w" => 10_000m,
            "m" or "mn" or "mil" or "mill" or "million" or "百万" => 1_000_000m,
            "亿" => 100_000_000m,
            "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        var currency = m.Groups["cur"].Value switch
        {
            "$" => "USD", "¥" => "CNY", "€" => "EUR", "£" => "GBP",
            _ => m.Groups["curword"].Value switch { "rmb" or "cny" => "CNY", "usd" or "us$" => "USD", "hk$" => "HKD", _ => null },
        };
        var unit = currency ?? Unit(m.Groups["counted"].Success ? m.Groups["counted"].Value : m.Groups["unit"].Value, m.Groups["mult"].Value);
        return new Amount(n, unit);
    }

    /// <summary>The unit a typed one stands for: currencies by their code, counts by the thing counted ("new orders" -> "order").</summary>
    private static string? Unit(string typed, string multiplier)
    {
        var unit = Regex.Replace(typed, "^(?:new|more|extra) ", "");
        return unit switch
        {
            "元" or "块" or "rmb" or "cny" or "yuan" => "CNY",
            "美元" or "美金" or "usd" or "dollars" or "dollar" or "bucks" => "USD",
            "percent" or "pct" => "%",
            "hour" or "hours" or "hr" or "hrs" => "hour",
            "minute" or "minutes" or "min" or "mins" => "minute",
            "day" or "days" => "day",
            "week" or "weeks" => "week",
            "" => multiplier is "万" or "亿" or "w" ? "CNY" : null,
            _ when unit.StartsWith('/') => unit,
            // English count nouns in the singular ("orders" -> "order", "opportunities" -> "opportunity").
            _ when unit.EndsWith("ies", StringComparison.Ordinal) => unit[..^3] + "y",
            _ when unit.Length > 1 && unit.EndsWith('s') && unit.All(char.IsAsciiLetter) => unit[..^1],
            _ => unit,
        };
    }

    private static decimal WordNumber(string word) => word switch
    {
        "half a" => 0.5m, "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "twenty" => 20, "fifty" => 50, _ => 100,
    };
}
