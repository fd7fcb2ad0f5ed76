using System.Globalization;

namespace SalesCoach.Data.Import.Values;

/// <summary>
/// Money as exports write it: "1,234.50", "¥12,000", "CNY 1200", "$99". Thousands separators, spaces and a
/// currency symbol or code are stripped; the symbol or code also says the currency when no column does.
/// Amounts round to cents (the column's scale) so a re-import compares equal; negatives and "万" are refused.
/// </summary>
internal static class AmountParser
{
    private const decimal Largest = 9_999_999_999_999_999.99m;

    private static readonly (string Symbol, string Currency)[] Symbols =
        [("¥", "CNY"), ("￥", "CNY"), ("元", "CNY"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")];

    public static bool TryParse(string text, out decimal amount, out string? currency, out string? problem)
    {
        amount = 0;
        currency = null;
        problem = null;
        var s = text.Replace(",", "").Replace("，", "").Replace(" ", "").Replace("\u00A0", "").Trim();
        foreach (var (symbol, code) in Symbols)
        {
            if (!s.Contains(symbol, StringComparison.Ordinal)) continue;
            s = s.Replace(symbol, "");
            currency = code;
        }
        if (s.Length > 3 && s[..3].All(char.IsAsciiLetterUpper))
        {
            currency = s[..3];
            s = s[3..];
        }
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out amount))
        {
            problem = $"'{text}' is not an amount (write digits, e.g. 12000.50)";
            return false;
        }
        if (amount < 0)
        {
            problem = $"'{text}' is negative; amounts must be zero or more";
            return false;
        }
        amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (amount > Largest)
        {
            problem = $"'{text}' is too large";
            return false;
        }
        return true;
    }
}
