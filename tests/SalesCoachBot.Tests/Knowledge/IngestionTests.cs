using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Ingestion;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Knowledge;

public sealed class IngestionTests
{
    private readonly string _folder = TempDirectory.Create("kb-files");

    [Fact]
    public void ChineseTextKeepsItsOutlineAndLosesThePageFurniture()
    {
        var source = DocumentIngestor.Read(KnowledgeFixtures.Write(_folder, "手册.txt", KnowledgeFixtures.ChineseText));

        Assert.Equal("客户经营手册", source.Title);
        Assert.Equal(
            ["一、客户分层", "一、客户分层 > 1、分层标准", "一、客户分层 > 1、分层标准 > 年度采购额", "二、客户回访"],
            source.Passages.Select(p => p.SectionPath));
        var all = string.Concat(source.Passages.Select(p => p.Text));
        Assert.DoesNotContain("打赏", all);
        Assert.DoesNotContain("上一篇", all);
        Assert.DoesNotContain("别的文章", all);
        Assert.DoesNotContain("转载", all);
        Assert.All(source.Passages, p => Assert.Equal("zh", p.Language));
    }

    [Fact]
    public void MarkdownHeadingsBecomeSectionPathsUnderTheTitle()
    {
        var source = DocumentIngestor.Read(KnowledgeFixtures.Write(_folder, "notes.md", KnowledgeFixtures.Markdown));

        Assert.Equal("Field Sales Notes", source.Title);
        Assert.Equal(["Territory planning", "Territory planning > Visit cadence", "Pipeline reviews"], source.Passages.Select(p => p.SectionPath));
        Assert.Contains("log each visit in the CRM", source.Passages[1].Text);
        Assert.Equal("en", source.Passages[0].Language);
    }

    [Fact]
    public void HtmlKeepsTheArticleAndDropsNavigationShareButtonsLinkListsAndFooter()
    {
        var source = DocumentIngestor.Read(KnowledgeFixtures.Write(_folder, "coaching.html", KnowledgeFixtures.Html));

        Assert.Equal("Coaching Guide", source.Title);
        Assert.Equal(["Weekly one-on-ones", "Weekly one-on-ones > Agenda", "Call shadowing"], source.Passages.Select(p => p.SectionPath));
        var all = string.Join("\n", source.Passages.Select(p => p.Text));
        Assert.Contains("Agree on one skill to practise.", all);
        foreach (var furniture in new[] { "Home", "Share", "Tweet", "Ten closing tips", "Related", "Copyright", "Example Site" })
            Assert.DoesNotContain(furniture, all);
    }

    [Fact]
    public void DocxHeadingStylesGiveTheOutline()
    {
        var source = DocumentIngestor.Read(KnowledgeFixtures.Docx(_folder, "incentives.docx"));

        Assert.Equal("Incentive Handbook", source.Title);
        Assert.Equal(["Commission plans", "Commission plans > Accelerators", "Recognition"], source.Passages.Select(p => p.SectionPath));
        Assert.Contains("twelve percent", source.Passages[1].Text);
    }

    [Fact]
    public void PdfHeadingsComeFromFontSizeAndTheRunningFooterIsDropped()
    {
        var source = DocumentIngestor.Read(KnowledgeFixtures.Pdf(_folder, "salesops.pdf"));

        Assert.Equal(["Forecasting", "Forecast accuracy", "Deal desk"], source.Passages.Select(p => p.SectionPath));
        Assert.Contains("Weight each stage by its historical win rate.", source.Passages[0].Text);
        Assert.DoesNotContain(source.Passages, p => p.Text.Contains("Sales Ops Manual", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnsupportedFormatIsRefusedWithItsName()
    {
        var path = KnowledgeFixtures.Write(_folder, "table.xlsx", "x");

        var error = Assert.Throws<NotSupportedException>(() => DocumentIngestor.Read(path));
        Assert.Contains("table.xlsx", error.Message);
    }

    [Fact]
    public void LongSectionsAreSplitAtSentenceEndsAndKeepTheirPath()
    {
        var body = string.Concat(Enumerable.Range(1, 60).Select(i => $"第{i}条建议是把客户按价值分层并定期回访。"));
        var source = DocumentIngestor.Read(KnowledgeFixtures.Write(_folder, "long.txt", $"长文\n\n一、客户分层\n{body}\n"));

        Assert.True(source.Passages.Count > 1);
        Assert.All(source.Passages, p =>
        {
            Assert.Equal("一、客户分层", p.SectionPath);
            Assert.True(p.Text.Length <= Chunker.MaxPassageChars);
            Assert.EndsWith("。", p.Text);
        });
    }
}
