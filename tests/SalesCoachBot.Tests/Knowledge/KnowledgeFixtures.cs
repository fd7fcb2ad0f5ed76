using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SalesCoach.Tests.Knowledge;

/// <summary>Small documents of each format, written by the tests themselves with the formats' own libraries.</summary>
internal static class KnowledgeFixtures
{
    public const string ChineseText = """
        客户经营手册

        客户经营手册

        一、客户分层
        按价值给客户分层，是分配跟进精力的前提。

        1、分层标准
        分层标准要简单可执行。

        年度采购额
        按年度采购额把客户分为A、B、C三类，A类客户每月拜访一次。

        二、客户回访
        回访是维系老客户的主要手段，回访后要记录客户反馈。

        文章标题:客户经营手册,发布者:someone,转载请注明出处:https://example.com/p/1
        打赏 微信扫一扫 支付宝扫一扫
        上一篇 2024年8月22日
        相关推荐
        另一篇文章的标题
        这是别的文章的摘要，讲的是另外一件事情……
        2024年8月22日
        """;

    public const string Markdown = """
        # Field Sales Notes

        ## Territory planning

        Split territories by account potential, not by postcode.

        ### Visit cadence

        Visit top accounts every month and log each visit in the CRM.

        ## Pipeline reviews

        Review every open deal older than sixty days with its owner.
        """;

    public const string Html = """
        <html><head><title>Coaching Guide - Example Site</title></head>
        <body>
          <nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
          <header class="site-header"><p>Example Site</p></header>
          <article>
            <h1>Coaching Guide</h1>
            <h2>Weekly one-on-ones</h2>
            <p>Hold a thirty-minute one-on-one with each rep every week.</p>
            <div class="share-buttons"><button>Share</button> <a href="#">Tweet</a></div>
            <h3>Agenda</h3>
            <ul><li>Review the rep's pipeline.</li><li>Agree on one skill to practise.</li></ul>
            <h2>Call shadowing</h2>
            <p>Join one customer call per rep each month and give feedback the same day.</p>
            <ul class="plain">
              <li><a href="/a">Ten closing tips</a></li>
              <li><a href="/b">Why CRMs fail</a></li>
              <li><a href="/c">Hiring your first SDR</a></li>
            </ul>
          </article>
          <aside><h3>Related articles</h3><p>Other posts you may like.</p></aside>
          <footer><p>Copyright 2024 Example Site. All rights reserved.</p></footer>
        </body></html>
        """;

    public static string Write(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A Word file with a title and real heading styles ("heading 1", "heading 2").</summary>
    public static string Docx(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Title", "Title"),
            Style("Heading1", "heading 1"),
            Style("Heading2", "heading 2"));
        main.Document = new Document(new Body(
            Paragraph("Title", "Incentive Handbook"),
            Paragraph("Heading1", "Commission plans"),
            Paragraph(null, "Pay commission monthly on booked revenue."),
            Paragraph("Heading2", "Accelerators"),
            Paragraph(null, "Above quota, the commission rate rises to twelve percent."),
            Paragraph("Heading1", "Recognition"),
            Paragraph(null, "Name the rep of the month in the all-hands meeting.")));
        return path;
    }

    /// <summary>A three-page PDF: a larger font for headings, a running footer on every page.</summary>
    public static string Pdf(string directory, string name)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var pages = new (string Heading, string[] Body)[]
        {
            ("Forecasting", ["Forecast weekly from the CRM pipeline.", "Weight each stage by its historical win rate."]),
            ("Forecast accuracy", ["Compare the forecast with actual bookings every quarter."]),
            ("Deal desk", ["Route discounts above fifteen percent to the deal desk."]),
        };
        for (var i = 0; i < pages.Length; i++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(pages[i].Heading, 18, new PdfPoint(60, 760), font);
            var y = 720.0;
            foreach (var line in pages[i].Body)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 16;
            }
            page.AddText($"Sales Ops Manual - page {i + 1}", 9, new PdfPoint(60, 40), font);
        }
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { StyleId = id, Type = StyleValues.Paragraph };

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
