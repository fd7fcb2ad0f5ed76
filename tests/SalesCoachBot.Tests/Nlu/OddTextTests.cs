using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Nlu;

public sealed class OddTextTests
{
    [Theory]
    [InlineData("👩🏽‍💼🚀 𠜎𠜱 ⅧⅨ ｈｅｌｐ")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("提醒我回访𠜎𠜱科技")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u202e\u0000\u0007")]
    public void OddTextNeverThrowsAndSpansStayInsideTheText(string text)
    {
        var result = NluTestContext.Parse(text);
        Assert.False(string.IsNullOrEmpty(result.Intent));
        Assert.All(result.Entities, e =>
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.Equal(text.Substring(e.Start, e.Length), e.Text);
        });
    }

    [Fact]
    public void AstralCharactersDoNotShiftTheSpansThatFollow()
    {
        var result = NluTestContext.Parse("🚀🚀 本月销售额是多少");
        var metric = Assert.Single(result.Entities, e => e.Name == EntityNames.Metric);
        Assert.Equal("销售额", metric.Text);
    }
}
