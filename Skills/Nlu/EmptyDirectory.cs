namespace SalesCoach.Skills.Nlu;

/// <summary>No directory yet: names are found by pattern alone and resolve to themselves.</summary>
public sealed class EmptyDirectory : IDirectory
{
    public static readonly EmptyDirectory Instance = new();
    public IReadOnlyList<string> People => [];
    public IReadOnlyList<string> Customers => [];
}
