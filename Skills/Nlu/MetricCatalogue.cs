using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The ten catalogue metrics and their synonyms, in one table. Phrases are matched on folded text, the
/// longest first, so "销售增长率" is growth_rate before "销售额" could claim it. "sales" alone is not
/// revenue: "sales goal", "sales risk" and "sales channel" are not about revenue.
/// </summary>
public static class MetricCatalogue
{
    public static readonly IReadOnlyList<MetricDefinition> Metrics =
    [
        new("revenue", ["销售额", "销售收入", "营收", "营业额", "业绩", "收入", "成交额", "销量", "revenue", "revenues", "turnover", "total sales", "sales figures", "sales numbers", "sales volume", "bookings", "rev"]),
        new("growth_rate", ["增长率", "增速", "增长", "同比", "环比", "growth rate", "growth", "grow revenue", "grow sales", "revenue growth", "sales growth", "yoy", "year over year", "涨幅", "增幅", "涨了几个点", "涨了多少", "涨了", "去年同期", "上年同期", "同期", "grew", "up vs last year", "vs last year", "compared to last year"]),
        new("order_count", ["订单量", "订单数", "订单数量", "单量", "签单量", "签单数", "成交量", "几单", "多少单", "多少个单", "orders", "order count", "order volume", "number of orders", "deals closed", "closed deals", "签了几单", "成交单数"]),
        new("new_customers", ["新客户", "新增客户", "新客", "新签客户", "拉新", "new customers", "new customer", "new clients", "new accounts", "new logos", "customer acquisition", "开发新客户", "新客户开发", "新签(?:了)?(?:几|多少)?(?:家|个)?客户"]),
        new("customer_count", ["客户数", "客户数量", "客户总数", "多少客户", "多少个客户", "多少家客户", "customer count", "number of customers", "how many customers", "total customers", "customer base", "active customers", "客户总量", "客户规模"]),
        new("csat", ["客户满意度", "满意度", "csat", "customer satisfaction", "satisfaction score"]),
        new("order_handling_time", ["订单处理时间", "订单处理时长", "订单处理", "处理订单", "处理一个订单", "order handling time", "order handling", "order processing time", "order processing", @"(?:process|handle|fulfil|fulfill|ship|deliver)\w* (?:an |a |the |each )?orders?", "fulfilment time", "fulfillment time", "order turnaround", "下单到发货", "下单到交付", "下单到出货", "发货速度", "交付速度", "turnaround time", "turnaround", "lead time", "交付周期", "交货周期", "发货时间", "出货时间", "订单周期", @"orders? (?:are |is |get |gets )?(?:fulfill?ed|processed|handled|shipped)"]),
        new("response_time", ["响应时间", "响应时长", "响应速度", "回复时间", "回复速度", "response time", "response times", "reply time", "time to respond", "time to first response", "first reply", "first response", @"answer(?:ing|ed)? (?:(?:a|an|the|our|new|customer|client)s? )*(?:questions|inquiries|enquiries|emails|messages|tickets|calls)", "responsiveness", "responsive", "回复及时率", "及时回复", "响应及时", "回复率", "回复客户", "回客户", "回消息", "回复咨询", "响应客户", "答复客户", "(?:咨询|消息|询盘|工单|问题|邮件|留言|投诉)[^,，。？?]{0,6}(?:回复|响应)", "(?:咨询|消息|询盘|工单)[^,，。？?]{0,6}回", "(?:多久|多快)能?回复", @"(?:repl(?:y|ying|ied)|respond(?:ing|ed)?|get(?:ting)? back|answer(?:ing)?) to (?:(?:a|an|new|our|the|potential|incoming|inbound) )*(?:customers?|clients?|leads?|inquir\w*|enquir\w*|prospects?|messages?|emails?|tickets?|requests?)"]),
        new("conversion_rate", ["转化率", "转换率", "成交率", "赢单率", "成单率", "签单率", "conversion rate", "conversion", "conversions", "win rate", "close rate", "closing rate"]),
        new("channel_efficiency", ["渠道效益", "渠道效率", "渠道的效益", "渠道的效率", "各渠道", "渠道", "channel efficiency", "channel performance", "sales channel", "sales channels", "channels", "channel"]),
    ];

    private static readonly (Regex Pattern, string Name)[] Patterns =
    [
        .. Metrics
            .SelectMany(m => m.Phrases.Select(p => (Phrase: p, m.Name)))
            .OrderByDescending(x => x.Phrase.Length)
            .Select(x => (PhrasePattern.Build(x.Phrase), x.Name)),
    ];

    /// <summary>Non-overlapping metric mentions, longest phrase first.</summary>
    public static IReadOnlyList<(int Start, int Length, string Name)> Find(string folded)
    {
        var found = new List<(int Start, int Length, string Name)>();
        foreach (var (pattern, name) in Patterns)
            foreach (Match m in pattern.Matches(folded))
                if (!found.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length))
                    found.Add((m.Index, m.Length, name));
        // "销售额比去年同期涨了几个点", "how much did revenue grow": the growth is what is asked; the figure it is
        // the growth of only says which growth.
        if (found.Any(f => f.Name == "growth_rate") && found.Any(f => f.Name != "growth_rate"))
            found.RemoveAll(f => f.Name is not "growth_rate" && found.Any(g => g.Name == "growth_rate" && Math.Abs(g.Start - f.Start) <= 24));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
