namespace SalesCoach.Data.Import.Values;

/// <summary>An ISO 4217 code, or the Chinese name a CRM shows for one (人民币, 美元 ...).</summary>
internal static class CurrencyParser
{
    public const string Default = "CNY";

    private static readonly Dictionary<string, string> Names = new()
    {
        ["人民币"] = "CNY", ["RMB"] = "CNY", ["元"] = "CNY", ["美元"] = "USD", ["欧元"] = "EUR",
        ["港币"] = "HKD", ["港元"] = "HKD", ["日元"] = "JPY", ["英镑"] = "GBP",
    };

    public static bool TryParse(string text, out string code)
    {
        var s = text.Trim();
        if (Names.TryGetValue(s.ToUpperInvariant(), out code!)) return true;
        code = s.ToUpperInvariant();
        return code.Length == 3 && code.All(char.IsAsciiLetterUpper);
    }
}
