using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Tests.Dialogs;

public sealed class DialogActsTests
{
    [Theory]
    [InlineData("行，就按这个来")]
    [InlineData("好，保存")]
    [InlineData("没问题，保存吧")]
    [InlineData("sounds good, save it")]
    [InlineData("yep save")]
    [InlineData("ok, go with that plan")]
    [InlineData("Looks good!")]
    [InlineData("好的，就按这个计划来")]
    public void Agreement_in_any_words_is_an_affirmation(string text) => Assert.True(DialogActs.IsAffirmation(text));

    [Theory]
    [InlineData("好的，帮我看下本月销售额")]
    [InlineData("不好")]
    [InlineData("ok but change it to 50")]
    [InlineData("book a meeting")]
    [InlineData("对了，明天杭州会下雨吗")]
    public void A_request_or_a_refusal_is_not_an_affirmation(string text) => Assert.False(DialogActs.IsAffirmation(text));

    [Theory]
    [InlineData("不对", true)]
    [InlineData("nope", true)]
    [InlineData("no, not that", true)]
    [InlineData("不对，改成15个", false)]
    [InlineData("november revenue", false)]
    public void A_bare_refusal_is_told_from_a_correction(string text, bool refusal) => Assert.Equal(refusal, DialogActs.IsRefusal(text));

    [Theory]
    [InlineData("不对不对，改成15个", "15个")]
    [InlineData("搞错了，应该是订单量", "订单量")]
    [InlineData("Actually, switch that to new customers, 40 of them", "new customers, 40 of them")]
    [InlineData("本月销售额多少", null)]
    [InlineData("november revenue", null)]
    public void A_correction_cue_is_peeled_off(string text, string? remainder) => Assert.Equal(remainder, DialogActs.CorrectionRemainder(text));

    [Theory]
    [InlineData("用中文说吧，上个月的呢？", "zh-CN", "上个月的呢？")]
    [InlineData("Switch to English please, and what about last month?", "en-US", "what about last month?")]
    [InlineData("can u say that in English? and how long should the meeting be", "en-US", "how long should the meeting be")]
    [InlineData("English please - and how does that compare with last month?", "en-US", "how does that compare with last month?")]
    [InlineData("说中文吧 — 上个月的呢", "zh-CN", "上个月的呢")]
    public void A_language_switch_with_a_request_is_split(string text, string locale, string remainder) =>
        Assert.Equal((locale, remainder), LanguageSwitch.Split(text));

    [Theory]
    [InlineData("说中文")]
    [InlineData("English please")]
    [InlineData("中文的培训资料有哪些")]
    public void A_bare_switch_or_a_question_about_a_language_is_not_split(string text) => Assert.Null(LanguageSwitch.Split(text));

    [Theory]
    [InlineData("what training does 孙勇 need?", "en-US")]
    [InlineData("帮我看下这个月的revenue", "zh-CN")]
    [InlineData("remind me to call back 盛世生物 tomorrow", "en-US")]
    public void The_main_language_of_a_mixed_message_decides(string text, string locale) => Assert.Equal(locale, Locales.MainLanguage(text));
}
