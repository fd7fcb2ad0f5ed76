using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SalesCoach.Skills.Localization;

/// <summary>
/// Every user-facing string, one JSON resource per language (Resources/strings.zh-CN.json,
/// Resources/strings.en-US.json). A key missing from one language is a build-time test failure,
/// not a runtime surprise (see LocalizationTests).
/// </summary>
public static class Strings
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Tables =
        new[] { Locales.Chinese, Locales.English }.ToFrozenDictionary(l => l, Load);

    public static IReadOnlyCollection<string> Keys(string locale) => Tables[Locales.Normalize(locale)].Keys;

    public static bool Has(string locale, string key) => Tables[Locales.Normalize(locale)].ContainsKey(key);

    /// <summary>The string for <paramref name="key"/> in <paramref name="locale"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(string locale, string key, params object?[] args)
    {
        var table = Tables[Locales.Normalize(locale)];
        if (!table.TryGetValue(key, out var value))
            throw new KeyNotFoundException($"No string '{key}' for {locale}");
        return args.Length == 0 ? value : string.Format(CultureInfo.GetCultureInfo(locale), value, args);
    }

    private static FrozenDictionary<string, string> Load(string locale)
    {
        var name = $"SalesCoach.Skills.Resources.strings.{locale}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing resource {name}");
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Empty resource {name}");
        return map.ToFrozenDictionary();
    }
}
