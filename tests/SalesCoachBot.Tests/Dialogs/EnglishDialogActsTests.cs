using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Tests.Dialogs;

/// <summary>English dialog acts as people type them (Resources/dialog-acts.json): apostrophes, hesitations, asides.</summary>
public sealed class EnglishDialogActsTests
{
    [Theory]
    [InlineData("perfect, lock it in")]
    [InlineData("that's fine")]
    [InlineData("yes please")]
    public void Agreements(string text) => Assert.True(DialogActs.IsAffirmation(text));

    [Theory]
    [InlineData("great thanks", true)]
    [InlineData("perfect, thank you", true)]
    [InlineData("thx", true)]
    [InlineData("sounds good, save it", false)]
    public void Thanks(string text, bool thanks) => Assert.Equal(thanks, DialogActs.IsThanks(text));

    [Theory]
    [InlineData("no thanks, leave it for now")]
    [InlineData("not now")]
    public void Refusals(string text) => Assert.True(DialogActs.IsRefusal(text));

    [Theory]
    // The apostrophe is typed or not; both read the same.
    [InlineData("that's enough for today, give me the results")]
    [InlineData("thats enough")]
    [InlineData("ok I have a meeting in 5, just show me what we've got so far")]
    public void StoppingEarly(string text) => Assert.True(DialogActs.IsStopEarly(text));

    [Theory]
    [InlineData("actually 4pm works better", "4pm")]
    [InlineData("hmm no, 7 is better", "7")]
    [InlineData("sorry, thursday not wednesday", "thursday")]
    [InlineData("no wait, that's meant for Sun Yong, not Sun Ming", "that's meant for Sun Yong")]
    [InlineData("on second thought, make it orders — 60 of them", "orders — 60 of them")]
    // A hesitation alone is no correction.
    [InlineData("hmm plans changed, cancel both", null)]
    [InlineData("well, what about last month?", null)]
    public void CorrectionsKeepOnlyTheNewValue(string text, string? remainder) => Assert.Equal(remainder, DialogActs.CorrectionRemainder(text));

    [Theory]
    [InlineData("English please - and what about South China?", "en-US", "what about South China?")]
    [InlineData("in Chinese pls — and just 华南 this time", "zh-CN", "just 华南 this time")]
    public void ASwitchBeforeADash(string text, string locale, string remainder) =>
        Assert.Equal((locale, remainder), LanguageSwitch.Split(text));
}
