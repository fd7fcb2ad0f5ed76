using SalesCoach.Skills.Nlu;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

public sealed class EntityTests
{
    [Theory]
    [InlineData("本季度营收多少", "revenue")]
    [InlineData("今年的增长率", "growth_rate")]
    [InlineData("上周订单数多少", "order_count")]
    [InlineData("本月新增客户多少", "new_customers")]
    [InlineData("现在总共多少客户", "customer_count")]
    [InlineData("满意度怎么样", "csat")]
    [InlineData("how long is order processing on average", "order_handling_time")]
    [InlineData("average response time last week", "response_time")]
    [InlineData("what's our win rate this quarter", "conversion_rate")]
    [InlineData("各渠道效益对比", "channel_efficiency")]
    public void MetricsResolveToTheCatalogueName(string text, string metric) =>
        Assert.Equal(metric, Parse(text).Entity(EntityNames.Metric)?.Resolution);

    [Theory]
    [InlineData("上个季度销售额多少", "上个季度", 2026, 7, 1, 2026, 10, 1)]
    [InlineData("本月revenue多少", "本月", 2026, 11, 1, 2026, 12, 1)]
    [InlineData("show me CSAT for Q2", "Q2", 2026, 4, 1, 2026, 7, 1)]
    [InlineData("revenue last week", "last week", 2026, 11, 16, 2026, 11, 23)]
    [InlineData("明年的营收目标定成1000万", "明年", 2027, 1, 1, 2028, 1, 1)]
    [InlineData("年底前满意度要提到95%", "年底前", 2026, 11, 27, 2027, 1, 1)]
    public void PeriodsResolveToADateRangeEndExclusive(string text, string span, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var period = Parse(text).Entity(EntityNames.Period);
        Assert.Equal(span, period?.Text);
        Assert.Equal(new DateRange(At(y1, m1, d1), At(y2, m2, d2)), period?.Resolution);
    }

    [Theory]
    [InlineData("提醒我明天下午3点给张总回电话", "明天下午3点", 2026, 11, 28, 15, 0)]
    [InlineData("两小时后提醒我给王总打电话", "两小时后", 2026, 11, 27, 12, 0)]
    [InlineData("半小时后提醒我给王总打电话", "半小时后", 2026, 11, 27, 10, 30)]
    [InlineData("一个半小时后提醒我回访张总", "一个半小时后", 2026, 11, 27, 11, 30)]
    [InlineData("3天后提醒我回访张总", "3天后", 2026, 11, 30, 10, 0)]
    [InlineData("remind me to call back Acme tomorrow at 10am", "tomorrow at 10am", 2026, 11, 28, 10, 0)]
    [InlineData("remind me in 30 minutes to ring Mr. Wang", "in 30 minutes", 2026, 11, 27, 10, 30)]
    [InlineData("change digest time to 6pm", "6pm", 2026, 11, 27, 18, 0)]
    public void ReminderTimesResolveToAnInstantInTheUsersTimeZone(string text, string span, int y, int mo, int d, int h, int mi)
    {
        var datetime = Parse(text).Entity(EntityNames.DateTime);
        Assert.Equal(span, datetime?.Text);
        Assert.Equal(At(y, mo, d, h, mi), datetime?.Resolution);
        Assert.Null(Parse(text).Entity(EntityNames.Period));
    }

    [Theory]
    [InlineData("这个季度销售额目标200万", "200万", 2_000_000, "CNY")]
    [InlineData("set a revenue target of $1.2M for Q4", "$1.2M", 1_200_000, "USD")]
    [InlineData("set a revenue target of $250k", "$250k", 250_000, "USD")]
    [InlineData("本月订单目标定为800单", "800单", 800, "单")]
    [InlineData("满意度目标设成95%", "95%", 95, "%")]
    [InlineData("goal: 1,200 orders by end of June", "1,200", 1200, "order")]
    public void ValuesKeepTheTypedSpanAndResolveAmountAndUnit(string text, string span, double amount, string? unit)
    {
        var value = Parse(text).Entity(EntityNames.Value);
        Assert.Equal(span, value?.Text);
        Assert.Equal(new Amount((decimal)amount, unit), value?.Resolution);
    }

    [Fact]
    public void NumbersInsideTimesAreNotValues() =>
        Assert.Null(Parse("明天下午3点提醒我给张总回电话").Entity(EntityNames.Value));

    [Theory]
    [InlineData("给王芳设一个本月新客户目标", EntityNames.Person, "王芳")]
    [InlineData("李娜上个月转化率多少", EntityNames.Person, "李娜")]
    [InlineData("what training does Tom need?", EntityNames.Person, "Tom")]
    [InlineData("后天提醒我回访陈经理", EntityNames.Customer, "陈经理")]
    [InlineData("周五提醒我回访一下华信科技", EntityNames.Customer, "华信科技")]
    [InlineData("Set a reminder to visit Globex next Tuesday", EntityNames.Customer, "Globex")]
    [InlineData("remind me in 30 minutes to ring Mr. Wang", EntityNames.Customer, "Mr. Wang")]
    public void PeopleAreOurRepsAndCustomersAreCompaniesOrTheirContacts(string text, string entity, string span) =>
        Assert.Equal(span, Parse(text).Entity(entity)?.Text);

    [Fact]
    public void RegionsGetNoLabel()
    {
        var result = Parse("华东区目标完成情况发我一下");
        Assert.DoesNotContain(result.Entities, e => e.Name is EntityNames.Person or EntityNames.Customer);
    }

    [Fact]
    public void TheDirectoryDecidesAndResolvesFuzzily()
    {
        var recognizer = new OfflineIntentRecognizer(new SampleDirectory());
        var result = recognizer.Recognize("remind me to visit Globx tomorrow", En);
        Assert.Equal("Globx", result.Entity(EntityNames.Customer)?.Text);
        Assert.Equal("Globex", result.Entity(EntityNames.Customer)?.Resolution);
        Assert.Equal("欧阳娜娜", recognizer.Recognize("欧阳娜娜这周签了几单", Zh).Entity(EntityNames.Person)?.Text);
    }

    [Theory]
    [InlineData("我的回访清单给我看看")]
    [InlineData("今天下午要打哪些回访电话")]
    [InlineData("每天早上9点发送今日回访汇总")]
    [InlineData("帮我看下还有哪些回访没打")]
    [InlineData("提醒我给客户回个电话")]
    public void CommonWordsAfterACallbackVerbAreNotCustomers(string text) =>
        Assert.Null(Parse(text).Entity(EntityNames.Customer));

    [Fact]
    public void CustomersGoByTheirShortNamesAndFullNamesStayWhole()
    {
        var recognizer = new OfflineIntentRecognizer(new SampleDirectory());
        Assert.Equal("华晟", recognizer.Recognize("提醒 明天 华晟", Zh).Entity(EntityNames.Customer)?.Text);
        Assert.Equal("华晟电子", recognizer.Recognize("取消华晟电子的回访提醒", Zh).Entity(EntityNames.Customer)?.Text);
        // No directory: the registered name is still one span, not cut after its first suffix.
        Assert.Equal("深圳鼎新电子科技有限公司", Parse("帮我查一下深圳鼎新电子科技有限公司的累计成交额").Entity(EntityNames.Customer)?.Text);
        Assert.Equal("德力集团", Parse("每隔两周提醒我回访一次德力集团").Entity(EntityNames.Customer)?.Text);
    }

    private sealed class SampleDirectory : IDirectory
    {
        public IReadOnlyList<string> People => ["张伟", "李娜", "欧阳娜娜", "Tom", "Sarah"];
        public IReadOnlyList<string> Customers => ["Globex", "Initech", "华信科技", "张总", "深圳华晟电子科技有限公司"];
    }
}
