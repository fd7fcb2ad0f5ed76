namespace SalesCoach.Tests.Manifest;

/// <summary>Tests that swap Console.Out/Error run alone, so no other test's output lands in their capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Manifest command console";
}
