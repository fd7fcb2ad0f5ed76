using System.Text.Json.Serialization;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// What a KPI question produced, channel-neutral: the chat reply and the CLI's JSON are both written from it.
/// A refused answer carries the reason and no figures at all.
/// </summary>
public sealed record KpiAnswer
{
    [JsonPropertyName("refused")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Refused { get; init; }
    /// <summary>Why, in the asker's language.</summary>
    [JsonPropertyName("reason")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Reason { get; init; }
    /// <summary>Why, as a code (AccessReasons).</summary>
    [JsonPropertyName("reasonCode")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ReasonCode { get; init; }
    [JsonPropertyName("metric")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Metric { get; init; }
    [JsonPropertyName("metricName")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? MetricName { get; init; }
    [JsonPropertyName("period")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerPeriod? Period { get; init; }
    [JsonPropertyName("value")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public decimal? Value { get; init; }
    [JsonPropertyName("unit")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Unit { get; init; }
    [JsonPropertyName("sampleSize")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public long? SampleSize { get; init; }
    [JsonPropertyName("comparison")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerComparison? Comparison { get; init; }
    [JsonPropertyName("scope")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerScope? Scope { get; init; }
    [JsonPropertyName("versus")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerVersus? Versus { get; init; }
    [JsonPropertyName("ranking")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<KpiAnswerRow>? Ranking { get; init; }
    /// <summary>What the ranking's rows are ("Rep", "Team", "Region"), so a row can be pointed back at.</summary>
    [JsonIgnore] public string? RankedLevel { get; init; }
    [JsonPropertyName("channels")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<KpiAnswerChannel>? Channels { get; init; }
    [JsonPropertyName("trend")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<KpiAnswerPoint>? Trend { get; init; }
    [JsonPropertyName("target")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerTarget? Target { get; init; }
    [JsonPropertyName("definition")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Definition { get; init; }
    [JsonPropertyName("formula")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Formula { get; init; }
    /// <summary>True when an unknown user was answered as the demo administrator.</summary>
    [JsonPropertyName("demoStandIn")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool DemoStandIn { get; init; }
    [JsonIgnore] public string? StandInName { get; init; }
    /// <summary>The end of the period asked about (a running period is measured only up to now): what a dashboard link shows.</summary>
    [JsonIgnore] public DateTimeOffset? AskedTo { get; init; }

    /// <summary>A question that cannot be answered as asked (an unknown person, a customer scope): code and what it was about.</summary>
    [JsonPropertyName("error")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Error { get; init; }
    [JsonPropertyName("errorDetail")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ErrorDetail { get; init; }
    /// <summary>For growth: the revenue of the two periods the rate is computed from.</summary>
    [JsonPropertyName("basis")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public KpiAnswerGrowthBasis? Basis { get; init; }

    public static KpiAnswer Refuse(string code, string locale) =>
        new() { Refused = true, ReasonCode = code, Reason = Localization.Strings.Get(locale, "kpi.refused." + code) };

    public static KpiAnswer Problem(string error, string? detail = null) => new() { Error = error, ErrorDetail = detail };
}

/// <param name="From">Inclusive start, in the company time zone.</param>
/// <param name="To">Exclusive end of what was measured: now, while the period is still running.</param>
/// <param name="Partial">True when the period is still running and was measured up to now.</param>
public sealed record KpiAnswerPeriod(
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("to")] DateTimeOffset To,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("partial")] bool Partial);

/// <param name="Kind">"previous" (环比) or "year" (同比).</param>
/// <param name="Change">Value minus the earlier value (percentage points for percentages).</param>
/// <param name="ChangePercent">The relative change in percent; null when the earlier value is zero or missing.</param>
public sealed record KpiAnswerComparison(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("period")] KpiAnswerPeriod Period,
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("change")] decimal? Change,
    [property: JsonPropertyName("changePercent")] decimal? ChangePercent);

public sealed record KpiAnswerScope(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string Name);

public sealed record KpiAnswerVersus(
    [property: JsonPropertyName("scope")] KpiAnswerScope Scope,
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("difference")] decimal? Difference);

public sealed record KpiAnswerRow(
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("sampleSize")] long SampleSize);

public sealed record KpiAnswerChannel(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("revenue")] decimal Revenue,
    [property: JsonPropertyName("orders")] long Orders,
    [property: JsonPropertyName("averageOrderValue")] decimal AverageOrderValue,
    [property: JsonPropertyName("sharePercent")] decimal SharePercent);

public sealed record KpiAnswerPoint(
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] decimal? Value);

public sealed record KpiAnswerTarget(
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("attainmentPercent")] decimal? AttainmentPercent);

public sealed record KpiAnswerGrowthBasis(
    [property: JsonPropertyName("revenue")] decimal? Revenue,
    [property: JsonPropertyName("previousRevenue")] decimal? PreviousRevenue,
    [property: JsonPropertyName("previousPeriod")] KpiAnswerPeriod PreviousPeriod);
