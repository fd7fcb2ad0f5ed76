using System.Text.Json.Nodes;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Tests.Routing;

/// <summary>Every command a Teams user can pick from the bot's menu, in either language, reaches a skill or a core command.</summary>
public sealed class ManifestCommandsTests
{
    public static IEnumerable<object[]> Titles()
    {
        var root = RepositoryRoot();
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SalesCoachBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("SalesCoachBot.sln not found above the test folder");
    }
}
