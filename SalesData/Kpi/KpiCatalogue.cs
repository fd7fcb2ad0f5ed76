namespace SalesCoach.Data.Kpi;

/// <summary>
/// The one list of KPIs: names, definitions, units and formulas (the eight of the sales-management
/// guide plus conversion rate and new customers, which the coaching skills need). The KPI engine
/// computes exactly what the formula here says; a test ties each formula to a hand-computed figure.
/// Decisions: money is summed in the company currency only (orders in another currency are left out
/// rather than converted at a rate we do not have), while counts (orders, customers) and durations take
/// every order, since they need no rate; periods are calendar periods in the company time zone;
/// durations are means in hours.
/// </summary>
public static class KpiCatalogue
{
    public const string Revenue = "revenue";
    public const string GrowthRate = "growth_rate";
    public const string OrderCount = "order_count";
    public const string NewCustomers = "new_customers";
    public const string CustomerCount = "customer_count";
    public const string Csat = "csat";
    public const string OrderHandlingTime = "order_handling_time";
    public const string ResponseTime = "response_time";
    public const string ConversionRate = "conversion_rate";
    public const string ChannelEfficiency = "channel_efficiency";

    public static readonly IReadOnlyList<KpiDefinition> All =
    [
        new(Revenue, "销售额", "Revenue", KpiUnit.Currency, true,
            "一段时间内成交订单的金额合计，衡量销售成果最直接的数字。",
            "The total value of the orders placed in a period: the most direct measure of sales results.",
            "销售额 = 期间内下单的订单金额之和", "revenue = sum of the amounts of orders created in the period"),
        new(GrowthRate, "销售增长率", "Sales growth rate", KpiUnit.Percent, true,
            "本期销售额相对上一期的变化幅度，看业务是在扩张还是收缩。",
            "How much revenue changed against the previous period of the same length: is the business growing or shrinking.",
            "销售增长率 = (本期销售额 - 上期销售额) / 上期销售额", "growth rate = (revenue this period - revenue previous period) / revenue previous period"),
        new(OrderCount, "订单量", "Order count", KpiUnit.Count, true,
            "期间内新建订单的数量，反映成交的频次。",
            "The number of orders created in the period: how often business is closed.",
            "订单量 = 期间内创建的订单数", "order count = number of orders created in the period"),
        new(NewCustomers, "新客户数", "New customers", KpiUnit.Count, true,
            "期间内新建档的客户数量，衡量开拓新客户的能力。",
            "Customers added to the books in the period: how well the team wins new accounts.",
            "新客户数 = 期间内创建的客户记录数", "new customers = customer records created in the period"),
        new(CustomerCount, "客户数量", "Customer count", KpiUnit.Count, true,
            "期间内至少下过一单的客户数（活跃客户），衡量客户基础的规模。",
            "Customers who placed at least one order in the period (active customers): the size of the customer base that buys.",
            "客户数量 = 期间内有订单的不同客户数", "customer count = distinct customers with an order in the period"),
        new(Csat, "客户满意度", "Customer satisfaction (CSAT)", KpiUnit.Score, true,
            "客户在满意度调查中给出的平均分（1-5 分），反映服务与产品体验。",
            "The average score customers gave in satisfaction surveys (1 to 5): how the service and product feel to them.",
            "客户满意度 = 期间内调查评分的平均值", "CSAT = mean survey score of the responses received in the period"),
        new(OrderHandlingTime, "订单处理时间", "Order handling time", KpiUnit.Hours, false,
            "从下单到订单履约完成所用的平均时间，越短说明交付越顺畅。",
            "The average time from an order being placed to it being fulfilled; shorter means smoother delivery.",
            "订单处理时间 = 平均(履约时间 - 下单时间)，按期间内下单且已履约的订单", "order handling time = mean(fulfilled at - created at) over orders created in the period and fulfilled"),
        new(ResponseTime, "客户响应时间", "Customer response time", KpiUnit.Hours, false,
            "客户提出请求后到我们第一次回应的平均时间，越短客户体验越好。",
            "The average time between a customer's request and our first response; shorter is a better customer experience.",
            "客户响应时间 = 平均(首次响应时间 - 客户请求时间)，按期间内提出的请求", "response time = mean(first response at - requested at) over customer requests made in the period"),
        new(ConversionRate, "转化率", "Conversion rate", KpiUnit.Percent, true,
            "已结束的商机中赢单所占的比例，衡量跟进商机的成效。",
            "The share of closed deals that were won: how effectively opportunities are worked.",
            "转化率 = 赢单数 / (赢单数 + 输单数)，按期间内结束的商机", "conversion rate = won / (won + lost) over deals closed in the period"),
        new(ChannelEfficiency, "销售渠道效益", "Sales channel efficiency", KpiUnit.Currency, true,
            "各销售渠道带来的销售额、订单数、客单价和占比，用来判断资源该投向哪个渠道。",
            "Revenue, orders, average order value and share by sales channel: where resources pay off best.",
            "渠道效益 = 每个渠道的销售额、订单数、客单价(销售额/订单数)与销售额占比", "channel efficiency = per channel: revenue, orders, average order value (revenue / orders) and share of revenue"),
    ];

    private static readonly Dictionary<string, KpiDefinition> ByKey = All.ToDictionary(k => k.Key, StringComparer.OrdinalIgnoreCase);

    public static KpiDefinition? Find(string? key) => key is not null && ByKey.TryGetValue(key, out var kpi) ? kpi : null;

    public static KpiDefinition Get(string key) => Find(key) ?? throw new KeyNotFoundException($"No KPI '{key}' in the catalogue");
}
