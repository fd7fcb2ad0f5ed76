using System.Globalization;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Risk;

/// <summary>The risk skill's words in the user's language: names, levels, responses and the evidence behind a signal.</summary>
public static class RiskText
{
    public static string Name(string locale, string key) => Strings.Get(locale, $"risk.item.{key}.name");

    public static string Hint(string locale, string key) => Strings.Get(locale, $"risk.item.{key}.hint");

    public static string Category(string locale, RiskCategory category) => Strings.Get(locale, $"risk.category.{category}");

    public static string Level(string locale, RiskLevel level) => Strings.Get(locale, $"risk.level.{level}");

    public static string Response(string locale, RiskResponse response) => Strings.Get(locale, $"risk.response.{response}");

    public static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Evidence(string locale, RiskSignal signal) => signal.Kind switch
    {
        RiskSignalKind.CustomerConcentration => Strings.Get(locale, "risk.signal.CustomerConcentration",
            signal.WindowDays, signal.Subject, Percent(signal.Value), Percent(signal.Secondary ?? signal.Value), signal.Total),
        RiskSignalKind.StalledDeals => Strings.Get(locale, "risk.signal.StalledDeals", signal.Total, signal.Count, signal.WindowDays, Percent(signal.Value)),
        RiskSignalKind.OverdueCallbacks => Strings.Get(locale, "risk.signal.OverdueCallbacks", signal.Total, signal.Count, signal.WindowDays, Percent(signal.Value)),
        _ => Strings.Get(locale, "risk.signal.FallingConversion", signal.WindowDays, Percent(signal.Value), signal.Count, signal.Total, Percent(signal.Previous ?? 0)),
    };
}
