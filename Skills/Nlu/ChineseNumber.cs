namespace SalesCoach.Skills.Nlu;

/// <summary>Small numbers as people type them in chat: "3", "1,200", "十五", "两", "三十", "半".</summary>
public static class ChineseNumber
{
    public static decimal Parse(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(plain, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        if (text == "半") return 0.5m;
        decimal total = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            var n = "零一二三四五六七八九".IndexOf(c);
            if (c == '两') n = 2;
            if (n >= 0) { digit = n; continue; }
            var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, '万' => 10000m, '亿' => 100000000m, _ => 0m };
            if (unit == 0) continue;
            if (unit >= 10000) { total = (total + section + digit) * unit; section = 0; }
            else section += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + section + digit;
    }
}
