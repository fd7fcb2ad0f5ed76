using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Retrieval;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

/// <summary>The retrieval signals one by one: Cilin's finest groups, the section cards, and switching each off.</summary>
public sealed class RetrievalSignalTests
{
    [Fact]
    public void CilinKeepsOnlyTheFinestEqualGroups()
    {
        var thesaurus = CilinThesaurus.Parse(new StringReader("""
            Da14B04= 业绩 功绩 事功
            Da25A13# 肥效 疗效 绩效
            Da25A@ 孤词
            Da2 业绩 成绩
            """));

        Assert.Equal(1, thesaurus.GroupCount);
        Assert.Equal(["功绩", "事功"], thesaurus.SynonymsOf("业绩"));
        Assert.Empty(thesaurus.SynonymsOf("绩效"));
    }

    [Fact]
    public void CedictFindsTheLongestGlossesAndMeetsPluralsThroughTheStemmer()
    {
        var dictionary = CedictDictionary.Parse(new StringReader("bonus\t奖金|红利\nflow chart\t流程图\nflow\t流动\n"));

        var found = dictionary.Find(TermDictionary.Words("our flow chart and the bonuses"));

        Assert.Contains(found, f => f.Start == 1 && f.Length == 2 && f.Words.SequenceEqual(["流程图"]));
        Assert.Contains(found, f => f.Words.Contains("奖金"));
        Assert.DoesNotContain(found, f => f.Words.Contains("流动"));
    }

    [Fact]
    public void CedictBridgesAnEnglishWordOnlyToChineseWordsTheTextsUseAndOnlyWhenSwitchedOn()
    {
        // "sketch" and "stall" are in no glossary of ours; CC-CEDICT knows both.
        Assert.True(CedictDictionary.Instance.Count > 50_000, "the derived CC-CEDICT list is embedded");
        var vocabulary = new HashSet<string> { "草图" };
        var on = QueryBuilder.Build("can I sketch the sales process?", new RetrievalSignals { Glossary = false }, vocabulary.Contains);
        var off = QueryBuilder.Build("can I sketch the sales process?", new RetrievalSignals { Glossary = false, Cedict = false }, vocabulary.Contains);

        Assert.Contains(on.Terms, t => t.Field == Fields.Chinese && t.Term == "草图");
        Assert.DoesNotContain(on.Terms, t => t.Field == Fields.Chinese && t.Term == "素描");
        Assert.DoesNotContain(off.Terms, t => t.Field == Fields.Chinese && t.Term == "草图");
    }

    [Fact]
    public void TheShippedThesaurusIsJiebasCilin()
    {
        // cn_synonym.txt holds about 10k "=" groups; a missing or truncated resource would leave a handful.
        Assert.InRange(CilinThesaurus.Instance.GroupCount, 9_000, 11_000);
    }

    [Fact]
    public void CilinSynonymsJoinTheWordsGroupOnlyWhenSwitchedOnAndUsedByTheTexts()
    {
        var vocabulary = new HashSet<string> { "功绩" };
        var on = QueryBuilder.Build("业绩怎么样", new RetrievalSignals { DomainSynonyms = false, Cilin = true }, vocabulary.Contains);
        var off = QueryBuilder.Build("业绩怎么样", new RetrievalSignals { DomainSynonyms = false, Cilin = false }, vocabulary.Contains);

        Assert.Contains(on.Terms, t => t.Term == "功绩");
        Assert.DoesNotContain(on.Terms, t => t.Term == "事功");
        Assert.DoesNotContain(off.Terms, t => t.Term == "功绩");
        // A synonym is another wording of the same word: one group, counted once for coverage.
        Assert.Equal(on.Groups.Count, off.Groups.Count);
    }

    [Fact]
    public void ACardNamesItsSectionByPathByLastHeadingsOrByTheTitle()
    {
        var cards = SectionCards.Parse(new StringReader("""
            {"section":"一、制定销售策略 > 1、市场分析","questions_zh":["市场怎么分析"],"questions_en":["how to analyse a market"]}
            {"section":"2. 如何提高销售团队的绩效?","questions_zh":["团队业绩上不去怎么办"]}
            {"section":"销售管理员如何做","questions_en":["what does a sales admin do"]}
            """));

        Assert.Contains("市场怎么分析", cards.For(Passage(["一、制定销售策略", "1、市场分析"]))!.Chinese);
        Assert.Contains("团队业绩上不去", cards.For(Passage(["相关问答FAQs", "2. 如何提高销售团队的绩效?"]))!.Chinese);
        Assert.Contains("sales admin", cards.For(Passage([]))!.English);
        Assert.Null(cards.For(Passage(["一、制定销售策略"])));
        Assert.Null(cards.For(Passage(["一、制定销售策略", "1、市场分析"]) with { Kind = PassageKind.Playbook }));
    }

    [SharedFact(SharedFiles.Guide)]
    public async Task SwitchingTheCardsOffLosesWhatOnlyTheCardsKnow()
    {
        // "复盘会" is how people ask; the guide's section says 绩效评估会, and its card knows both.
        const string question = "每个月的业绩复盘会怎么开才不流于形式？";
        var with = await TestKnowledge.WithGuide().RetrieveAsync(question);
        var without = await TestKnowledge.WithGuide(signals: new RetrievalSignals { Cards = false }).RetrieveAsync(question);

        Assert.Equal("二、监控销售绩效 > 3、定期评估与反馈 > 绩效评估会", with.Best!.Passage.SectionPath);
        Assert.NotEqual(with.Best.Passage.SectionPath, without.Best?.Passage.SectionPath);
    }

    private static Passage Passage(IReadOnlyList<string> section) => new()
    {
        Id = "guide#1",
        Source = "guide.txt",
        Title = "销售管理员如何做",
        Section = section,
        Text = "……",
        Language = "zh",
    };
}
