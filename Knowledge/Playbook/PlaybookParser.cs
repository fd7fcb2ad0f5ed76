using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using SalesCoach.Knowledge.Documents;

namespace SalesCoach.Knowledge.Playbook;

/// <summary>
/// Reads the authored playbook: Markdown, a "# " title, sections "## "/"### "/"#### " whose headings end with an
/// id "{#risk-matrix}" (the same id marks the zh and en twins), and, directly under a heading, an optional
/// "&lt;!-- guide: 十、… &gt; 2、… | … --&gt;" naming the guide sections it corresponds to.
/// </summary>
public static partial class PlaybookParser
{
    public static IReadOnlyList<Passage> Parse(string markdown, string source, string language)
    {
        var title = source;
        var passages = new List<Passage>();
        var path = new List<(int Level, string Text)>();
        string? anchor = null;
        var guideRefs = new List<string>();
        var body = new StringBuilder();

        void Flush()
        {
            var text = Markdown.ToPlainText(body.ToString()).Trim();
            body.Clear();
            if (path.Count == 0 || text.Length == 0 && guideRefs.Count == 0) return;
            passages.Add(new Passage
            {
                Id = $"{source}#{anchor ?? passages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                Source = source,
                Title = title,
                Section = path.Select(p => p.Text).ToList(),
                Text = text,
                Language = language,
                Kind = PassageKind.Playbook,
                Anchor = anchor,
                GuideRefs = guideRefs.ToList(),
            });
        }

        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                Flush();
                var level = heading.Groups[1].Length;
                var text = heading.Groups[2].Value.Trim();
                anchor = heading.Groups[3].Success ? heading.Groups[3].Value : null;
                guideRefs.Clear();
                if (level == 1)
                {
                    title = text;
                    path.Clear();
                    continue;
                }
                path.RemoveAll(p => p.Level >= level);
                path.Add((level, text));
                continue;
            }
            var guide = GuideComment().Match(line);
            if (guide.Success && body.Length == 0)
            {
                guideRefs.AddRange(guide.Groups[1].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(r => SectionPaths.Join(SectionPaths.Split(r))));
                continue;
            }
            body.AppendLine(line);
        }
        Flush();
        return passages;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*(?:\{#([A-Za-z0-9_.:-]+)\})?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*<!--\s*guide:\s*(.+?)\s*-->\s*$")]
    private static partial Regex GuideComment();
}
