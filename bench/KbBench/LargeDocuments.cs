using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SalesCoach.Bench;

/// <summary>Generated documents of a given number of pages: a PDF (headings in a larger font) and a Chinese text of the same size.</summary>
internal static class LargeDocuments
{
    private static readonly string[] Topics = ["pipeline review", "territory planning", "coaching", "forecasting", "pricing", "onboarding", "renewals", "discounting"];

    public static string Pdf(string folder, int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText($"Chapter {p + 1}: {Topics[p % Topics.Length]}", 16, new PdfPoint(50, 790), font);
            var y = 760.0;
            for (var line = 0; line < 44; line++)
            {
                page.AddText($"Rule {line + 1} for {Topics[(p + line) % Topics.Length]}: review the numbers weekly and agree one action with the rep.", 10, new PdfPoint(50, y), font);
                y -= 16;
            }
        }
        var path = Path.Combine(folder, $"manual-{pages}p.pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    public static string ChineseText(string folder, int pages)
    {
        var text = new StringBuilder("销售运营手册\n\n");
        for (var p = 0; p < pages; p++)
        {
            text.Append(p + 1).Append("、第").Append(p + 1).Append("章\n");
            for (var s = 0; s < 4; s++)
            {
                text.Append("要点").Append(s + 1).Append('\n');
                for (var k = 0; k < 6; k++) text.Append("销售管理员应当每周复盘销售数据，找出影响业绩的因素，并与团队成员一起制定改进措施。");
                text.Append('\n');
            }
        }
        var path = Path.Combine(folder, $"manual-{pages}p.txt");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
