namespace SalesCoach.Knowledge.Documents;

/// <summary>
/// The unit that is indexed, retrieved and cited: one section's text with the headings above it.
/// Playbook passages also carry their anchor id (shared by the zh and en twins) and the guide
/// sections they correspond to.
/// </summary>
public sealed record Passage
{
    public required string Id { get; init; }

    /// <summary>The source's name (the ingested file's name, or the playbook file).</summary>
    public required string Source { get; init; }

    /// <summary>The document's title, shown with citations.</summary>
    public required string Title { get; init; }

    /// <summary>The headings from the top of the document down to this passage.</summary>
    public required IReadOnlyList<string> Section { get; init; }

    public required string Text { get; init; }

    /// <summary>"zh" or "en": which analyzer reads it and which language an answer from it is in.</summary>
    public required string Language { get; init; }

    public PassageKind Kind { get; init; } = PassageKind.Document;

    /// <summary>Playbook only: the heading's id, the same in both languages.</summary>
    public string? Anchor { get; init; }

    /// <summary>Playbook only: guide sections (headings joined with " > ") this passage corresponds to.</summary>
    public IReadOnlyList<string> GuideRefs { get; init; } = [];

    public string SectionPath => SectionPaths.Join(Section);
}
