using SalesCoach.Skills.Nlu;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

public sealed class OfflineIntentRecognizerTests
{
    // Sentences written for these tests, not taken from the dev set: the rules must generalise.
    [Theory]
    [InlineData("帮我把下个月的营收目标定成300万", Intents.GoalSet)]
    [InlineData("create a goal: 50 new clients next quarter", Intents.GoalSet)]
    [InlineData("王芳这个季度目标完成得怎么样", Intents.GoalProgress)]
    [InlineData("how close are we to our Q4 target?", Intents.GoalProgress)]
    [InlineData("上周订单量是多少", Intents.KpiQuery)]
    [InlineData("what was our conversion rate last month", Intents.KpiQuery)]
    [InlineData("明天上午十点提醒我拜访恒通集团", Intents.ReminderCreate)]
    [InlineData("remind me to call Umbrella Corp on Monday at 9am", Intents.ReminderCreate)]
    [InlineData("下周有哪些提醒", Intents.ReminderList)]
    [InlineData("list my reminders for tomorrow", Intents.ReminderList)]
    [InlineData("把周一的提醒删掉", Intents.ReminderCancel)]
    [InlineData("delete my reminder about Hooli", Intents.ReminderCancel)]
    [InlineData("刘洋谈判能力弱，推荐点培训", Intents.TrainingSuggest)]
    [InlineData("any coaching for a rep who can't close?", Intents.TrainingSuggest)]
    [InlineData("做个风险检查", Intents.RiskCheck)]
    [InlineData("assess the risks on the Hooli deal", Intents.RiskCheck)]
    [InlineData("客户分级是什么意思", Intents.KbQuestion)]
    [InlineData("how should I structure a sales commission plan?", Intents.KbQuestion)]
    [InlineData("每日汇总改到晚上6点发", Intents.DigestSettings)]
    [InlineData("turn on the daily digest", Intents.DigestSettings)]
    [InlineData("你能做什么", Intents.Help)]
    [InlineData("how do I use this bot?", Intents.Help)]
    [InlineData("算了吧，不弄了", Intents.Cancel)]
    [InlineData("forget it", Intents.Cancel)]
    [InlineData("您好", Intents.Greeting)]
    [InlineData("hello there", Intents.Greeting)]
    [InlineData("请说中文", Intents.LanguageSwitch)]
    public void RecognisesEachIntentInChineseAndEnglish(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent);

    [Fact]
    public void UnderstandsMixedChineseAndEnglish()
    {
        var result = Parse("帮我查下上个月的conversion rate");
        Assert.Equal(Intents.KpiQuery, result.Intent);
        Assert.Equal("conversion_rate", result.Entity(EntityNames.Metric)?.Resolution);
        Assert.Equal("上个月", result.Entity(EntityNames.Period)?.Text);
    }

    [Fact]
    public void ToleratesOneLetterTyposAndKeepsTheSpanAsTyped()
    {
        var result = Recognizer.Recognize("remnd me to vist Globex next thursday at 2pm", En);
        Assert.Equal(Intents.ReminderCreate, result.Intent);
        Assert.Equal("Globex", result.Entity(EntityNames.Customer)?.Text);
        Assert.Equal("next thursday at 2pm", result.Entity(EntityNames.DateTime)?.Text);
        Assert.Equal("this quater", Parse("revenue this quater").Entity(EntityNames.Period)?.Text);
    }

    [Theory]
    [InlineData("asdf qwerty zxcv")]
    [InlineData("啊啊啊啊")]
    public void GibberishIsUnsure(string text)
    {
        var result = Parse(text);
        Assert.False(result.IsConfident);
        Assert.Equal(Intents.None, result.Intent);
    }

    [Fact]
    public void ConfidentParsesCarryAConfidenceAboveTheThreshold()
    {
        var result = Parse("帮我查下本月revenue");
        Assert.True(result.IsConfident);
        Assert.InRange(result.Confidence, OfflineIntentRecognizer.ConfidenceThreshold, 1.0);
    }

    [Fact]
    public void TheWinningIntentIsExplainedByItsEvidence()
    {
        var top = Recognizer.Explain("取消明天给张总的提醒")[0];
        Assert.Equal(Intents.ReminderCancel, top.Intent);
        Assert.NotEmpty(top.Evidence);
    }
}
