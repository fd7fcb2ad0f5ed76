using SalesCoach.Knowledge.Documents;
using SalesCoach.Knowledge.Playbook;

namespace SalesCoach.Skills.Reminders.Digest;

/// <summary>One coaching tip a day from the authored playbook, rotating through its sections by local date.</summary>
public static class PlaybookTips
{
    public sealed record Tip(string Title, string Text, string Anchor);

    public static Tip? For(DateOnly day, string locale)
    {
        var language = locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
        var sections = PlaybookResources.Passages
            .Where(p => p.Kind == PassageKind.Playbook && p.Anchor is not null && p.Language == language && FirstParagraph(p.Text).Length > 20)
            .OrderBy(p => p.Anchor, StringComparer.Ordinal)
            .ToList();
        if (sections.Count == 0) return null;
        var pick = sections[day.DayNumber % sections.Count];
        return new Tip(pick.Section.Count > 0 ? pick.Section[^1] : pick.Title, FirstParagraph(pick.Text), pick.Anchor!);
    }

    private static string FirstParagraph(string text)
    {
        var paragraph = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(p => !p.StartsWith("<!--", StringComparison.Ordinal) && !p.StartsWith('#')) ?? string.Empty;
        return paragraph.Length <= 280 ? paragraph : paragraph[..280] + "…";
    }
}
