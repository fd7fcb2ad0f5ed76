namespace SalesCoach.Knowledge.Documents;

/// <summary>Where a passage comes from: the built-in playbook or a document someone ingested.</summary>
public enum PassageKind
{
    Document,
    Playbook,
}
