using System.Text.Json.Nodes;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Tests.Skills;

public sealed class LocalizationTests
{
    [Fact]
    public void BothLanguagesHaveExactlyTheSameKeys()
    {
        var zh = Strings.Keys(Locales.Chinese).Order().ToList();
        var en = Strings.Keys(Locales.English).Order().ToList();
        Assert.Equal(zh, en);
        Assert.NotEmpty(zh);
    }

    [Fact]
    public void EveryChineseStringIsWrittenInChinese()
    {
        foreach (var key in Strings.Keys(Locales.Chinese))
        {
            var value = Strings.Get(Locales.Chinese, key);
            // The language-switch suggestion is deliberately in the other language.
            // A language picker names each language in itself (English, 中文), as every language menu does.
            if (key is "suggest.english" or "teamstab.language.en") continue;
            Assert.True(value.Any(Locales.IsCjk), $"{key} is not Chinese: {value}");
        }
    }

    [Fact]
    public void EveryEnglishStringIsWrittenInEnglish()
    {
        foreach (var key in Strings.Keys(Locales.English))
        {
            var value = Strings.Get(Locales.English, key);
            var cjk = value.Count(Locales.IsCjk);
            Assert.True(cjk <= 4, $"{key} looks Chinese: {value}");
        }
    }

    [Theory]
    [InlineData(null, "en-US", "help", "en-US")]
    [InlineData(null, "en-US", "帮助", "zh-CN")]
    [InlineData(null, "zh-CN", "help", "zh-CN")]
    [InlineData(null, null, "help", "en-US")]
    [InlineData(null, null, "", "zh-CN")]
    [InlineData("en-US", "zh-CN", "帮助", "en-US")]
    [InlineData("zh-CN", "en-US", "help", "zh-CN")]
    [InlineData(null, "fr-FR", "bonjour", "zh-CN")]
    public void TheReplyLanguageFollowsChoiceThenTextThenChannel(string? preferred, string? channel, string text, string expected) =>
        Assert.Equal(expected, Locales.Resolve(preferred, channel, text));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void TheWelcomeCardIsAnAdaptiveCardTeamsCanRender(string locale)
    {
        var card = JsonNode.Parse(WelcomeCard.Build(locale))!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.True(card["body"]!.AsArray().Count >= 8);
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal("Action.Submit", a!["type"]!.GetValue<string>()));
    }
}
