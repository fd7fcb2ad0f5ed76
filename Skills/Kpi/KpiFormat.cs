using System.Globalization;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Kpi;

/// <summary>How figures read in each language: money with its symbol, counts with their noun, percentages, hours, scores.</summary>
public static class KpiFormat
{
    public static string Value(KpiDefinition kpi, decimal? value, string currency, string locale)
    {
        if (value is not { } v) return "—";
        var culture = CultureInfo.GetCultureInfo(locale);
        return kpi.Unit switch
        {
            KpiUnit.Currency => Money(v, currency, culture),
            KpiUnit.Percent => v.ToString("0.0", culture) + "%",
            KpiUnit.Count => v.ToString("N0", culture) + " " + Strings.Get(locale, kpi.Key == KpiCatalogue.OrderCount ? "kpi.unit.count.order_count" : "kpi.unit.count.customers"),
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

    public static string Money(decimal value, string currency, CultureInfo culture) =>
        (currency == "CNY" ? "¥" : currency + " ") + value.ToString("N2", culture);

    public static string Count(long value, string locale) => value.ToString("N0", CultureInfo.GetCultureInfo(locale));
}
