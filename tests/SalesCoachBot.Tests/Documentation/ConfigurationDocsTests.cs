using System.Reflection;
using System.Text.RegularExpressions;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Documentation;

/// <summary>
/// docs/configuration.md is the one table of settings: every key the code reads (an options class's
/// properties under its SectionName, or a key read by name from IConfiguration) must be in it.
/// </summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly Assembly[] Ours =
    [
        typeof(SalesCoach.Bot.Hosting.BotHost).Assembly,
        typeof(SalesCoach.Skills.CoachEngine).Assembly,
        typeof(SalesCoach.Data.DataOptions).Assembly,
        typeof(SalesCoach.Knowledge.KnowledgeBase).Assembly,
    ];

    [Fact]
    public void EverySettingTheCodeReadsIsInTheConfigurationTable()
    {
        var documented = DocumentedKeys();
        var read = OptionsKeys().Concat(KeysReadByName()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(read.Count > 40, $"only {read.Count} keys found: the scan itself is broken");
        var missing = read.Where(k => !documented.Contains(k)).Order().ToList();
        Assert.True(missing.Count == 0, "docs/configuration.md does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheScanFindsKeysReadByNameAndThroughOptions()
    {
        Assert.Contains("MicrosoftAppId", KeysReadByName());
        Assert.Contains("ConnectionStrings:SalesCoach", KeysReadByName());
        Assert.Contains("SalesCoach:Charts:FontFile", OptionsKeys());
        Assert.Contains("SalesCoach:Proactive:Retry:MaxAttempts", OptionsKeys());
    }

    /// <summary>Section:Property for every options class (a type with a SectionName constant) and its settable properties.</summary>
    private static IEnumerable<string> OptionsKeys() =>
        from type in Ours.SelectMany(a => a.GetTypes())
        let field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        where field is { IsLiteral: true } && field.FieldType == typeof(string)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        select $"{field.GetRawConstantValue()}:{property.Name}";

    /// <summary>Keys read by name in our sources: configuration["Key"], GetValue&lt;T&gt;("Key"), GetConnectionString(...), configuration[SomeKey] with a constant.</summary>
    private static IEnumerable<string> KeysReadByName()
    {
        foreach (var project in new[] { "Bot", "Skills", "SalesData", "Knowledge" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepository(project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("Migrations")))
            {
                var source = File.ReadAllText(file);
                foreach (Match m in LiteralRead().Matches(source)) yield return m.Groups["key"].Value;
                foreach (Match m in ConstantRead().Matches(source))
                    if (Regex.Match(source, $@"const string {m.Groups["name"].Value} = ""(?<key>[^""]+)""") is { Success: true } constant)
                        yield return constant.Groups["key"].Value;
                if (source.Contains("GetConnectionString(", StringComparison.Ordinal)) yield return "ConnectionStrings:SalesCoach";
            }
        }
    }

    /// <summary>The first column of the table; "`A:B:X` / `Y`" documents A:B:X and A:B:Y, "`--urls`" documents urls.</summary>
    private static HashSet<string> DocumentedKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(RepositoryPaths.InRepository("docs", "configuration.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            string? prefix = null;
            foreach (Match m in Backticked().Matches(line.Split('|')[1]))
            {
                var key = m.Groups[1].Value.TrimStart('-');
                if (!key.Contains(':') && prefix is not null) key = prefix + key;
                else if (key.LastIndexOf(':') is var colon and > 0) prefix = key[..(colon + 1)];
                keys.Add(key);
            }
        }
        return keys;
    }

    [GeneratedRegex(@"(?:onfiguration\[|GetValue<[^>]+>\()""(?<key>[^""{]+)""")]
    private static partial Regex LiteralRead();

    [GeneratedRegex(@"onfiguration\[(?<name>[A-Z]\w*)\]")]
    private static partial Regex ConstantRead();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
