namespace SalesCoach.Knowledge.Documents;

/// <summary>The citation form of a section: its headings joined with " > ", as the guide's own headings read.</summary>
public static class SectionPaths
{
    public const string Separator = " > ";

    public static string Join(IEnumerable<string> headings) => string.Join(Separator, headings);

    public static IReadOnlyList<string> Split(string path) =>
        path.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The path a playbook's "guide:" line uses for a passage: its section path, or for the text before a document's
    /// first heading (no path of its own) the document's title.
    /// </summary>
    public static string Reference(Passage passage) => passage.Section.Count == 0 ? passage.Title : passage.SectionPath;

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or a section below it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor || (ancestor.Length > 0 && path.StartsWith(ancestor + Separator, StringComparison.Ordinal));
}
