using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Names;

namespace SalesCoach.Tests.Nlu;

/// <summary>English spellings of the company's Chinese names are derived from the names (ICU's pinyin, compass words), not listed.</summary>
public sealed class EnglishNamesTests
{
    private static readonly Directory Sample = new(
        ["张伟", "孙勇", "王秀英", "单明", "李娜", "黎娜"],
        ["华东一组", "华东二组", "华南一组", "西南一组"],
        ["华东", "华南", "西南"]);

    [Theory]
    [InlineData("what's the revenue of Zhang Wei this month?", "what's the revenue of 张伟 this month?")]
    [InlineData("and sun yong?", "and 孙勇?")]
    [InlineData("what does Yong Sun need", "what does 孙勇 need")]
    [InlineData("coaching for Wang Xiuying", "coaching for 王秀英")]
    [InlineData("coaching for Wang Xiu-ying", "coaching for 王秀英")]
    // 单 as a surname is Shan (ICU's names rules), not Dan.
    [InlineData("Shan Ming's orders", "单明's orders")]
    [InlineData("revenue for East China team 1 last month", "revenue for 华东一组 last month")]
    [InlineData("how about east china team two", "how about 华东二组")]
    [InlineData("East China's second team", "华东二组")]
    [InlineData("team 1 of South China", "华南一组")]
    [InlineData("and East China?", "and 华东?")]
    [InlineData("in the East region", "in 华东")]
    [InlineData("Huadong vs Huanan", "华东 vs 华南")]
    [InlineData("Southwest China team 1", "西南一组")]
    [InlineData("华东1组的销售额", "华东一组的销售额")]
    public void EnglishNamesBecomeTheDataNames(string text, string expected) =>
        Assert.Equal(expected, EnglishNames.For(Sample).Rewrite(text));

    [Theory]
    // 李娜 and 黎娜 are both "Li Na": a spelling two people share names neither of them.
    [InlineData("Li Na's pipeline")]
    // Not a name: syllables inside words, a team that does not exist, ordinary English.
    [InlineData("a sunny young team in the eastern suburbs")]
    [InlineData("East China team 3")]
    [InlineData("show me the top 5 reps")]
    [InlineData("本月销售额")]
    public void OtherTextIsLeftAlone(string text)
    {
        var rewritten = EnglishNames.For(Sample).Rewrite(text);
        if (text == "East China team 3") Assert.Equal("华东 team 3", rewritten);
        else Assert.Equal(text, rewritten);
    }

    [Fact]
    public void PinyinComesFromIcusRules()
    {
        Assert.Equal(["zhang", "wei"], Pinyin.Syllables("张伟"));
        Assert.Equal(["hua", "dong"], Pinyin.Syllables("华东"));
        Assert.Equal("shan", Pinyin.Syllables("单明", isPersonName: true)[0]);
    }

    private sealed record Directory(IReadOnlyList<string> People, IReadOnlyList<string> Teams, IReadOnlyList<string> Regions) : IDirectory
    {
        public IReadOnlyList<string> Customers => [];
    }
}
