using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Names;
using static SalesCoach.Tests.Nlu.NluTestContext;

namespace SalesCoach.Tests.Nlu;

/// <summary>
/// The span rules for English entities (docs/understanding.md, "English entity spans"): which words a date-time or a
/// period keeps, how values keep their units, and how an unknown name is told to be one of ours or a customer.
/// </summary>
public sealed class EnglishEntitySpanTests
{
    [Theory]
    // "at", "on" in front are left out; inside the span they stay.
    [InlineData("remind me to call Globex on Tuesday at 3pm", "Tuesday at 3pm")]
    [InlineData("remind me to call Globex at 3:30 this afternoon", "3:30 this afternoon")]
    [InlineData("remind me to call Globex this evening at 7", "this evening at 7")]
    [InlineData("remind me to call Globex noon on Friday", "noon on Friday")]
    [InlineData("remind me to call Globex 8 in the morning", "8 in the morning")]
    [InlineData("remind me to call Globex tmr 9", "tmr 9")]
    [InlineData("remind me to call Globex 12/15 at 2pm", "12/15 at 2pm")]
    [InlineData("remind me to call Globex the 1st of January", "the 1st of January")]
    [InlineData("remind me to call Globex Monday next week", "Monday next week")]
    [InlineData("remind me to call Globex first thing Monday", "first thing Monday")]
    [InlineData("remind me to call Globex early next week", "early next week")]
    // A deadline word and a recurrence word stay in.
    [InlineData("remind me by 5pm to send Initrode the contract", "by 5pm")]
    [InlineData("send the digest every weekday at 8", "every weekday at 8")]
    [InlineData("remind me each Friday at 4pm to update the CRM", "each Friday at 4pm")]
    [InlineData("change the digest to Mondays at 8am", "Mondays at 8am")]
    // A bare hour after "at" is the hour alone, as "at noon" is "noon".
    [InlineData("send the digest at 8", "8")]
    // Misspelt by two edits and still a day, as typed.
    [InlineData("remind me tommorow 9am to call Globex", "tommorow 9am")]
    [InlineData("pls remind me next wensday to visit Haier", "next wensday")]
    public void ReminderTimesKeepTheWordsTheLabelsKeep(string text, string span) =>
        Assert.Equal(span, Parse(text).Entity(EntityNames.DateTime)?.Text);

    [Theory]
    [InlineData("what's our revenue in December", "December")]
    [InlineData("what's our revenue since January", "since January")]
    [InlineData("what's our revenue from January to March", "from January to March")]
    [InlineData("what's our revenue Q3 and Q4", "Q3 and Q4")]
    [InlineData("what's our revenue the first half of the year", "the first half of the year")]
    [InlineData("what's our revenue the past two weeks", "the past two weeks")]
    [InlineData("what's our revenue by year-end", "by year-end")]
    [InlineData("what's our revenue in 2026", "2026")]
    [InlineData("what's our revenue within 3 months", "within 3 months")]
    [InlineData("what's our revenue by Christmas", "by Christmas")]
    [InlineData("set a revenue goal of $250k for this quater", "this quater")]
    public void PeriodsKeepDeadlinesAndRangesWhole(string text, string span) =>
        Assert.Equal(span, Parse(text).Entity(EntityNames.Period)?.Text);

    [Theory]
    [InlineData("set Tom a target of 50 grand this quarter", "50 grand", 50_000, null)]
    [InlineData("set Tom a target of 1.5 mil this quarter", "1.5 mil", 1_500_000, null)]
    [InlineData("set Tom a target of RMB 500k this quarter", "RMB 500k", 500_000, "CNY")]
    [InlineData("set Tom a target of 2 million yuan this quarter", "2 million yuan", 2_000_000, "CNY")]
    [InlineData("set Tom a target of half a million this quarter", "half a million", 500_000, null)]
    [InlineData("set a goal to cut response time to 30 mins by end of Q2", "30 mins", 30, "minute")]
    [InlineData("set Tom a target of 15 percent this quarter", "15 percent", 15, "%")]
    [InlineData("get CSAT to 4.5/5 this quarter, set it as a goal", "4.5/5", 4.5, "/5")]
    // A count of things is the number; the thing counted is the unit (and names the metric).
    [InlineData("set Tom a target of 800 orders this quarter", "800", 800, "order")]
    [InlineData("set Tom a target of 40 new customers this quarter", "40", 40, "customer")]
    public void ValuesKeepTheirUnitsAndCountsTheirNumber(string text, string span, double amount, string? unit)
    {
        var value = Parse(text).Entity(EntityNames.Value);
        Assert.Equal(span, value?.Text);
        Assert.Equal(new Amount((decimal)amount, unit), value?.Resolution);
    }

    [Theory]
    [InlineData("remind me to ask Li Na about the Globex quote tomorrow at 9", EntityNames.Person, "Li Na")]
    [InlineData("remind me to ask Li Na about the Globex quote tomorrow at 9", EntityNames.Customer, "Globex")]
    [InlineData("nudge me every other week to review Li Na's numbers", EntityNames.Person, "Li Na")]
    [InlineData("is zhang wei on track for Q4?", EntityNames.Person, "zhang wei")]
    [InlineData("set wei zhang a target of 600 orders this quarter", EntityNames.Person, "wei zhang")]
    [InlineData("how much revenue did Huaxin bring in Q3?", EntityNames.Customer, "Huaxin")]
    [InlineData("revenue from Jiuzhou Electronics this year", EntityNames.Customer, "Jiuzhou Electronics")]
    [InlineData("remind me to call Mr. Wang tomorrow 10am", EntityNames.Customer, "Mr. Wang")]
    [InlineData("how is Sarah doing on her goal this month?", EntityNames.Person, "Sarah")]
    [InlineData("csat for Sarah's accounts in November", EntityNames.Person, "Sarah")]
    [InlineData("what's the response time for Globex tickets this week", EntityNames.Customer, "Globex")]
    [InlineData("remind me to call Globex Dec 5 at 3pm", EntityNames.Customer, "Globex")]
    // A contact's title, English in front or Chinese in pinyin behind, makes a customer even in pinyin.
    [InlineData("remind me to call Director Wang tomorrow at 9", EntityNames.Customer, "Director Wang")]
    [InlineData("remind me to call wang zong at 3pm", EntityNames.Customer, "wang zong")]
    [InlineData("how many deals did Lao Zhang close last month", EntityNames.Person, "Lao Zhang")]
    public void UnknownNamesAreOursOrCustomersByShapeAndContext(string text, string entity, string span) =>
        Assert.Equal(span, Parse(text).Entity(entity)?.Text);

    [Fact]
    public void HolidaysAndMonthAbbreviationsAreNotPeople()
    {
        Assert.Null(Parse("what's our revenue by Christmas").Entity(EntityNames.Person));
        Assert.Null(Parse("what's our revenue Jan-Mar").Entity(EntityNames.Person));
    }

    [Theory]
    [InlineData("Zhang Wei", true)]
    [InlineData("Wei Zhang", true)]
    [InlineData("Zhou Jie", true)]
    [InlineData("Sarah Lee", false)]
    [InlineData("Jiuzhou Electronics", false)]
    public void APinyinSurnameAndGivenNameIsAPerson(string name, bool person) =>
        Assert.Equal(person, PinyinNames.IsPersonName(name));

    [Theory]
    [InlineData("Huaxin", true)]
    [InlineData("Jiuzhou", true)]
    [InlineData("Haier", true)]
    [InlineData("Tina", false)]
    [InlineData("Lina", false)]
    [InlineData("Globex", false)]
    public void OnePinyinWordOfLongSyllablesIsACompanyName(string word, bool brand) =>
        Assert.Equal(brand, PinyinNames.IsBrandName(word));

    [Fact]
    public void LowerCaseEnglishIsNotTakenForAPinyinName() =>
        Assert.Empty(PinyinNames.LowerCasePeople("he can ping me if the deal is long"));
}
