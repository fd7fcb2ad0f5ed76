using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Embeddings;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Tests.Knowledge;

/// <summary>
/// A document's opening text (before its first heading) has no section path; a playbook "guide:" line names it by the
/// document's title, so an English question about it is answered from its English twin, not in Chinese.
/// </summary>
public sealed class IntroTwinTests
{
    private static readonly Passage Intro = new() { Id = "g0", Source = "guide.txt", Title = "销售管理员如何做", Section = [], Text = "销售管理员的主要职责包括制定销售策略、管理销售团队。", Language = "zh" };
    private static readonly Passage Strategy = new() { Id = "g1", Source = "guide.txt", Title = "销售管理员如何做", Section = ["一、制定销售策略"], Text = "制定销售策略。", Language = "zh" };

    private static Passage English(string reference, string text) => new()
    {
        Id = "p-" + reference, Source = "playbook.en-US.md", Title = "Playbook", Section = ["Overview"], Text = text, Language = "en",
        Kind = PassageKind.Playbook, GuideRefs = [reference],
    };

    [Fact]
    public void TheOpeningTextIsNamedByTheTitleAndASectionByItsPath()
    {
        Assert.Equal("销售管理员如何做", SectionPaths.Reference(Intro));
        Assert.Equal("一、制定销售策略", SectionPaths.Reference(Strategy));
    }

    [Fact]
    public void AnEnglishQuestionCitingTheOpeningTextGetsTheTwinThatNamesTheTitle()
    {
        var overview = English("销售管理员如何做", "The sales administrator owns strategy and the team.");
        var strategy = English("一、制定销售策略", "Build the sales strategy.");
        var plan = new QueryPlan("What is a sales administrator responsible for?", "en", [], false);

        Assert.Same(overview, EnglishTwin.For(new RetrievedPassage(Intro, 1, 1), plan, [Intro, Strategy, overview, strategy]));
        Assert.Same(strategy, EnglishTwin.For(new RetrievedPassage(Strategy, 1, 1), plan, [Intro, Strategy, overview, strategy]));
    }

    [Fact]
    public void TheOpeningTextIsEmbeddedAsItsTwinAndTheTwinIsNotACandidateOfItsOwn()
    {
        var overview = English("销售管理员如何做", "The sales administrator owns strategy and the team.");

        var views = EnglishViews.Of([Intro, overview], null, EnglishViewKinds.Twins | EnglishViewKinds.Own);

        Assert.Contains(views, v => ReferenceEquals(v.Passage, Intro) && v.Text.Contains("owns strategy", StringComparison.Ordinal));
        Assert.DoesNotContain(views, v => ReferenceEquals(v.Passage, overview));
    }
}
