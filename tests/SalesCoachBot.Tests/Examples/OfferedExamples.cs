using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Examples;

/// <summary>An example the bot or the docs offer a newcomer, and where it is offered.</summary>
public sealed record OfferedExample(string Text, string Locale, string Source)
{
    /// <summary>A bare command (a Teams command title like "goal"): asking what it is about is the right answer.</summary>
    public bool OpensAGuidedTask { get; init; }

    public override string ToString() => $"{Source}: {Text}";
}

/// <summary>
/// Collects the examples from where a newcomer meets them: the welcome card's buttons, the help reply's
/// quoted examples and quick replies, the Teams command list (titles and the examples in their
/// descriptions, English and Chinese) and the README's table of things to say. Read from the product
/// itself, so an example added tomorrow is tested tomorrow.
/// </summary>
public static partial class OfferedExamples
{
    public static readonly string[] Locales = ["zh-CN", "en-US"];

    public static IReadOnlyList<OfferedExample> All()
    {
        var all = new List<OfferedExample>();
        foreach (var locale in Locales)
        {
            var welcome = JsonNode.Parse(WelcomeCard.Build(locale))!;
            all.AddRange(SubmitTexts(welcome).Select(t => new OfferedExample(t, locale, "welcome card")));
            // The help as the demo bot gives it: with the demo-mode note and its examples.
            var help = CoreReplies.Help(locale, ["help.demo"]);
            all.AddRange(Quoted().Matches(help.Text ?? string.Empty).Select(m => new OfferedExample(m.Groups["q"].Value, locale, "help")));
            all.AddRange(help.SuggestedActions!.Select(a => new OfferedExample(a.Value, locale, "quick reply")));
        }
        all.AddRange(TeamsCommands());
        all.AddRange(ReadmeTable());
        // The same text offered in two places is sent once; the help example "Set a sales goal" and
        // the command "goal" open a task without naming the details.
        return all
            .Where(e => e.Text is not ("帮助" or "Help" or "help"))
            .GroupBy(e => (e.Text, e.Locale)).Select(g => g.First() with { OpensAGuidedTask = g.Any(x => x.OpensAGuidedTask) })
            .ToList();
    }

    private static IEnumerable<string> SubmitTexts(JsonNode card) =>
        card["actions"]!.AsArray().Select(a => a?["data"]?["text"]?.GetValue<string>()).OfType<string>();

    private static IEnumerable<OfferedExample> TeamsCommands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepository("manifest", "manifest.json")))!;
        var english = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(l => l!["commands"]!.AsArray())
            .SelectMany(c => Command(c!["title"]!.GetValue<string>(), c["description"]!.GetValue<string>(), "en-US"));
        var zh = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepository("manifest", "zh-cn.json")))!.AsObject();
        var chinese = zh
            .Where(p => p.Key.StartsWith("bots[0]", StringComparison.Ordinal) && p.Key.EndsWith(".title", StringComparison.Ordinal))
            .SelectMany(p => Command(p.Value!.GetValue<string>(), zh[p.Key[..^".title".Length] + ".description"]!.GetValue<string>(), "zh-CN"));
        return english.Concat(chinese);
    }

    private static IEnumerable<OfferedExample> Command(string title, string description, string locale)
    {
        yield return new OfferedExample(title, locale, "Teams command") { OpensAGuidedTask = true };
        foreach (Match m in Quoted().Matches(description))
            yield return new OfferedExample(m.Groups["q"].Value, locale, "Teams command description");
    }

    /// <summary>The README's "你说 | You say" table: the backticked text of its first two columns.</summary>
    private static IEnumerable<OfferedExample> ReadmeTable()
    {
        var lines = File.ReadAllLines(RepositoryPaths.InRepository("README.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith('|') && l.Contains("你说") && l.Contains("You say"));
        Assert.True(header >= 0, "README.md has no table of things to say (header with 你说 and You say)");
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|');
            foreach (var (cell, locale) in new[] { (cells[1], "zh-CN"), (cells[2], "en-US") })
                foreach (Match m in Backticked().Matches(cell))
                    yield return new OfferedExample(m.Groups[1].Value, locale, "README");
        }
    }

    [GeneratedRegex("[“\"](?<q>[^”\"]+)[”\"]")]
    private static partial Regex Quoted();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
