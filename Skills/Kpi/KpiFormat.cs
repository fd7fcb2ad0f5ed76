using System.Globalization;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Kpi;

/// <summary>
/// How figures read in each language: money with its symbol, counts with their noun, percentages, hours,
/// scores. Large sums and counts read as people say them (¥300万, ¥1.2亿; ¥1.2M, 12.5K orders), without
/// cents; <c>exact</c> gives the full figure, which the cards keep in their facts.
/// </summary>
public static class KpiFormat
{
    public static string Value(KpiDefinition kpi, decimal? value, string currency, string locale, bool exact = false)
    {
        if (value is not { } v) return "—";
        var culture = CultureInfo.GetCultureInfo(locale);
        return kpi.Unit switch
        {
            KpiUnit.Currency => exact ? ExactMoney(v, currency, culture) : Money(v, currency, locale),
            KpiUnit.Percent => v.ToString("0.0", culture) + "%",
            KpiUnit.Count => (exact ? v.ToString("N0", culture) : Number(v, locale, culture)) + " " + Strings.Get(locale, kpi.Key == KpiCatalogue.OrderCount ? "kpi.unit.count.order_count" : "kpi.unit.count.customers"),
            KpiUnit.Hours => v.ToString("0.0", culture) + " " + Strings.Get(locale, "kpi.unit.hours"),
            _ => v.ToString("0.00", culture) + " " + Strings.Get(locale, "kpi.unit.score"),
        };
    }

    /// <summary>A change with its sign: money and counts as amounts, percentages in points, hours and scores as numbers.</summary>
    public static string Change(KpiDefinition kpi, decimal change, decimal? percent, string currency, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var magnitude = Math.Abs(change);
        var amount = kpi.Unit switch
        {
            KpiUnit.Percent => magnitude.ToString("0.0", culture) + (locale == Locales.Chinese ? " 个百分点" : " pts"),
            KpiUnit.Score => magnitude.ToString("0.00", culture) + (locale == Locales.Chinese ? " 分" : " points"),
            _ => Value(kpi, magnitude, currency, locale),
        };
        return percent is { } p ? $"{amount} ({(p >= 0 ? "+" : "")}{p.ToString("0.0", culture)}%)" : amount;
    }

    /// <summary>A sum as people say it: ¥300万 / ¥122.6万 / ¥1.2亿 in Chinese, ¥1.2M / ¥45.3K in English; below ten thousand, exact.</summary>
    public static string Money(decimal value, string currency, string locale) =>
        Compact(Math.Abs(value), locale) is { } compact
            ? (value < 0 ? "-" : "") + Symbol(currency) + compact
            : ExactMoney(value, currency, CultureInfo.GetCultureInfo(locale));

    /// <summary>The full figure to the cent, as the books have it.</summary>
    public static string ExactMoney(decimal value, string currency, CultureInfo culture) => Symbol(currency) + value.ToString("N2", culture);

    /// <summary>A count as people say it: 1.2万 / 12.5K from ten thousand up, otherwise with group separators.</summary>
    public static string Number(decimal value, string locale, CultureInfo culture) =>
        Compact(Math.Abs(value), locale) is { } compact ? (value < 0 ? "-" : "") + compact : value.ToString("N0", culture);

    /// <summary>A bare figure as people say it (300万, 1.2M; 9,876 below ten thousand): chart axes.</summary>
    public static string Short(decimal value, string locale) =>
        Compact(Math.Abs(value), locale) is { } compact ? (value < 0 ? "-" : "") + compact : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Symbol(string currency) => currency switch
    {
        "CNY" => "¥",
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => currency + " ",
    };

    /// <summary>A magnitude of ten thousand and up in the units each language counts in (万/亿; K/M/B), one decimal at most; null below.</summary>
    private static string? Compact(decimal magnitude, string locale)
    {
        if (magnitude < 10_000m) return null;
        (decimal Size, string Suffix)[] units = locale == Locales.Chinese
            ? [(100_000_000m, "亿"), (10_000m, "万")]
            : [(1_000_000_000m, "B"), (1_000_000m, "M"), (1_000m, "K")];
        // The largest unit the rounded figure reaches: 9,999.96万 is said as 1亿, not 10000万.
        foreach (var (size, suffix) in units)
        {
            var scaled = Math.Round(magnitude / size, 1, MidpointRounding.AwayFromZero);
            if (scaled >= 1m) return scaled.ToString("0.#", CultureInfo.InvariantCulture) + suffix;
        }
        return null;
    }

    public static string Count(long value, string locale) => value.ToString("N0", CultureInfo.GetCultureInfo(locale));
}
