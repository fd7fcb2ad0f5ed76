using SalesCoach.Skills.Nlu;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

/// <summary>
/// The form-based rules: a how/why question with no data of ours backs off to the guide, a time plus a to-do
/// stated without asking is a reminder, reminders asked about indirectly are listed, a goal asked about is
/// progress, and a rep described by how they fall short needs training. Every sentence was written for
/// these tests, not taken from any evaluation set.
/// </summary>
public sealed class QuestionFormTests
{
    [Theory]
    // How/why questions in words no kb feature lists.
    [InlineData("为什么要定期清理销售线索", Intents.KbQuestion)]
    [InlineData("怎样才能让新人更快上手打电话", Intents.KbQuestion)]
    [InlineData("有没有好的办法让客户更快回款", Intents.KbQuestion)]
    [InlineData("渠道合作一般需要注意些什么", Intents.KbQuestion)]
    [InlineData("why should managers do ride-alongs", Intents.KbQuestion)]
    [InlineData("any pointers on writing a follow-up email after a demo", Intents.KbQuestion)]
    [InlineData("how do you usually run a quarterly business review", Intents.KbQuestion)]
    [InlineData("为啥要做客户回访记录", Intents.KbQuestion)]
    // The same words about our own figures stay figure questions.
    [InlineData("为什么这个月转化率下降了", Intents.KpiQuery)]
    [InlineData("why did our revenue drop last month", Intents.KpiQuery)]
    // A goal asked about, not set.
    [InlineData("年度目标我们还能完成吗", Intents.GoalProgress)]
    [InlineData("quick status update on my targets?", Intents.GoalProgress)]
    [InlineData("are we falling short of the plan this quarter", Intents.GoalProgress)]
    [InlineData("上个月定的指标有戏吗", Intents.GoalProgress)]
    [InlineData("can Diego hit his number by June?", Intents.GoalProgress)]
    [InlineData("小周这个季度能完成目标吗", Intents.GoalProgress)]
    // Goals stated with a floor, slang or "记一下".
    [InlineData("给李娜定个目标，本月新客户至少20家", Intents.GoalSet)]
    [InlineData("明年营收目标500w，帮我记一下", Intents.GoalSet)]
    // Reminders stated, not asked for.
    [InlineData("明天下午两点给赵总打个电话", Intents.ReminderCreate)]
    [InlineData("Friday 10am send the contract to Globex", Intents.ReminderCreate)]
    [InlineData("周四上午去华为拜访，记着提醒我", Intents.ReminderCreate)]
    [InlineData("make sure I email Initech next Monday", Intents.ReminderCreate)]
    // Reminders asked about indirectly.
    [InlineData("下周要回访哪几家客户", Intents.ReminderList)]
    [InlineData("who do I need to ping this week?", Intents.ReminderList)]
    [InlineData("我之前是不是设过一个关于万科的提醒", Intents.ReminderList)]
    [InlineData("给刘总设的那个还在吗", Intents.ReminderList)]
    [InlineData("remind me which reminders are still open", Intents.ReminderList)]
    // Reminders no longer needed.
    [InlineData("I don't need the reminder about Acme anymore", Intents.ReminderCancel)]
    [InlineData("合同已经签了，不用再提醒我了", Intents.ReminderCancel)]
    // A rep described by a weakness.
    [InlineData("李娜做演示的时候很紧张，怎么帮帮她", Intents.TrainingSuggest)]
    [InlineData("Mike rambles on calls and clients tune out", Intents.TrainingSuggest)]
    // Exposure to a customer is a risk; what the bot is, is help; "打住" stops.
    [InlineData("what's our exposure if Globex delays payment", Intents.RiskCheck)]
    [InlineData("你是干什么的", Intents.Help)]
    [InlineData("who are you and what can you do", Intents.Help)]
    [InlineData("打住，先这样", Intents.Cancel)]
    // Terse to-dos, questions to the bot about itself, and more ways of asking about goals, risks and reps.
    [InlineData("后天上午 李总 见面", Intents.ReminderCreate)]
    [InlineData("你能解答客户管理相关的问题吗", Intents.Help)]
    [InlineData("what types of things could I ask you about", Intents.Help)]
    [InlineData("what's coming up for me on Wednesday", Intents.ReminderList)]
    [InlineData("her team doesn't know how to handle objections", Intents.TrainingSuggest)]
    [InlineData("大客户经理一般都具备哪些素质", Intents.KbQuestion)]
    [InlineData("what makes a discovery call successful", Intents.KbQuestion)]
    [InlineData("how is Ravi tracking against his quota", Intents.GoalProgress)]
    [InlineData("we should aim for 30 new logos next quarter", Intents.GoalSet)]
    [InlineData("万达那边一直联系不上，这单会不会出问题", Intents.RiskCheck)]
    [InlineData("how much did we bill last week", Intents.KpiQuery)]
    [InlineData("ok that's it for now", Intents.Cancel)]
    [InlineData("下个月还能不能冲到300单", Intents.GoalProgress)]
    [InlineData("明天中午前把样品给宏达寄过去", Intents.ReminderCreate)]
    [InlineData("团队KPI完成情况如何", Intents.GoalProgress)]
    [InlineData("how are Lena's targets coming along", Intents.GoalProgress)]
    [InlineData("what's the ideal length for a demo", Intents.KbQuestion)]
    [InlineData("Omar needs some work on closing", Intents.TrainingSuggest)]
    [InlineData("华为那单我觉得不太保险", Intents.RiskCheck)]
    [InlineData("为什么说回款比签单更重要", Intents.KbQuestion)]
    [InlineData("上周答应要拜访的都有谁", Intents.ReminderList)]
    [InlineData("show me my to-do list for Friday", Intents.ReminderList)]
    [InlineData("陈晨跟进老客户的主动性不够", Intents.TrainingSuggest)]
    [InlineData("万达这单会不会被别家抢了", Intents.RiskCheck)]
    [InlineData("how do we do competitor analysis well", Intents.KbQuestion)]
    [InlineData("客户拜访效率低，有什么提升的办法", Intents.KbQuestion)]
    [InlineData("buzz me Friday at 4 about the Initech demo", Intents.ReminderCreate)]
    [InlineData("周四 跟华润碰头", Intents.ReminderCreate)]
    [InlineData("之前叫你提醒我的事还剩哪些", Intents.ReminderList)]
    [InlineData("Priya interrupts clients mid-sentence", Intents.TrainingSuggest)]
    [InlineData("what can the bot help with", Intents.Help)]
    [InlineData("forget my reminder for the Acme call", Intents.ReminderCancel)]
    [InlineData("赵磊写方案总是不得要领", Intents.TrainingSuggest)]
    [InlineData("what should I teach Mia about discovery", Intents.TrainingSuggest)]
    [InlineData("我应该怎么跟你提需求", Intents.Help)]
    [InlineData("这周我还欠哪些客户回复", Intents.ReminderList)]
    public void RecognisesIntentsByTheirForm(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent);

    [Fact]
    public void APronounOpeningASentenceIsNotAName()
    {
        var result = Parse("We need to cut response time to 4 hours next quarter, make it a goal");
        Assert.Null(result.Entity(EntityNames.Person));
    }

    [Fact]
    public void AKnowledgeQuestionKeepsTheMetricItIsAbout() =>
        Assert.Equal("conversion_rate", Parse("有什么实用的方法提升转化率").Entity(EntityNames.Metric)?.Resolution);

    [Theory]
    [InlineData("下周三去东方汽车拜访", "东方汽车")]
    [InlineData("明早九点给华晨光伏回个电话", "华晨光伏")]
    public void IndustryWordsEndACompanyName(string text, string customer) =>
        Assert.Equal(customer, Parse(text).Entity(EntityNames.Customer)?.Text);

    [Fact]
    public void ARepWithASurnameThatStartsWordsIsStillFound() =>
        Assert.Equal("马丽", Parse("马丽上个月的订单量多少").Entity(EntityNames.Person)?.Text);
}
