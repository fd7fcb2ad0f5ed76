using System.Text.Json.Nodes;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Routing;

/// <summary>Every command a Teams user can pick from the bot's menu, in either language, reaches a skill or a core command.</summary>
public sealed class ManifestCommandsTests
{
    public static IEnumerable<object[]> Titles()
    {
        var root = RepositoryPaths.Root;
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "manifest", "manifest.json")))!;
        foreach (var command in english["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()))
            yield return [command!["title"]!.GetValue<string>()];
        var chinese = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "manifest", "zh-cn.json")))!.AsObject();
        foreach (var (key, value) in chinese)
            if (key.Contains(".commands[") && key.EndsWith(".title")) yield return [value!.GetValue<string>()];
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void EachMenuTitleIsUnderstood(string title)
    {
        var intent = CoreCommandRecognizer.Recognize(title) != CoreCommand.None ? Intents.Help : MenuCommandRecognizer.Recognize(title);
        Assert.NotNull(intent);
        Assert.Contains(intent, Intents.All);
    }
}
