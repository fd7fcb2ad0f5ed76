using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SalesCoach.Skills.Localization;

/// <summary>
/// Every user-facing string: JSON resources per language, one file per area so that skills do not
/// edit each other's files (Resources/strings.zh-CN.json for the core, Resources/kpi.zh-CN.json for
/// the KPI skill, ...; every Resources/*.{locale}.json is merged, a key defined twice is an error).
/// A key missing from one language is a build-time test failure, not a runtime surprise
/// (see LocalizationTests).
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
        const string prefix = "SalesCoach.Skills.Resources.";
        var suffix = $".{locale}.json";
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
            throw new InvalidOperationException($"No string resources for {locale}");
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Empty resource {name}");
            foreach (var (key, value) in map)
                if (!merged.TryAdd(key, value))
                    throw new InvalidOperationException($"String '{key}' is defined twice ({name})");
        }
        return merged.ToFrozenDictionary();
    }
}
