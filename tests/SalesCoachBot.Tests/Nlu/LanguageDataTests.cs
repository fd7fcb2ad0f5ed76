using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Classifier;
using SalesCoach.Skills.Nlu.Language;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

/// <summary>The language files are complete, the commands come from them, and a saved model predicts as the trained one.</summary>
public sealed class LanguageDataTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void EveryIntentHasADescriptionAndEnoughExamplesInEachLanguage(string locale)
    {
        var file = LanguageData.Current.File(locale);
        Assert.NotNull(file);
        foreach (var intent in Intents.All)
        {
            Assert.True(file.Intents.TryGetValue(intent, out var entry), $"{locale} has no {intent}");
            Assert.False(string.IsNullOrWhiteSpace(entry.Description), $"{locale} {intent} has no description");
            Assert.True(entry.Examples.Count >= 40, $"{locale} {intent} has {entry.Examples.Count} examples");
        }
    }

    [Fact]
    public void AFileNamingAnUnknownIntentIsRefusedWithItsName()
    {
        var ex = Assert.Throws<FormatException>(() => LanguageData.Parse([("x.yml", "locale: zh-CN\nintents:\n  order_pizza:\n    examples: [\"来个披萨\"]\n")]));
        Assert.Contains("order_pizza", ex.Message);
    }

    [Theory]
    [InlineData("指标", Intents.KpiQuery)]
    [InlineData("ask", Intents.KbQuestion)]
    [InlineData("Never Mind!", Intents.Cancel)]
    [InlineData("切换到英文", Intents.LanguageSwitch)]
    public void CommandsAndMenuTitlesComeFromTheFiles(string text, string intent) =>
        Assert.Equal(intent, LanguageData.Current.Command(text));

    [Fact]
    public void ASavedModelLoadsAndPredictsExactlyAsTheOneInMemory()
    {
        var model = IntentModelStore.Default;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = IntentModel.Load(stream);
        foreach (var text in new[] { "下周三提醒我回访华信", "how are we tracking against quota", "明年汇率怎么走" })
        {
            var features = IntentModelStore.Features(text);
            var language = model.LanguageOf(text);
            Assert.Equal(model.Predict(features, language).Ranked, loaded.Predict(features, language).Ranked);
        }
    }

    [Fact]
    public void ADamagedModelFileIsRefusedNotMisread() =>
        Assert.Throws<InvalidDataException>(() => IntentModel.Load(new MemoryStream([1, 2, 3])));

    [Fact]
    public void TheSameTextGivesTheSameResultEveryTime()
    {
        var first = Parse("万达这单会不会被别家抢了");
        for (var i = 0; i < 3; i++) Assert.Equal(first.Confidence, Parse("万达这单会不会被别家抢了").Confidence);
    }
}
