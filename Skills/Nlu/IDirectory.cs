namespace SalesCoach.Skills.Nlu;

/// <summary>The names the recogniser can match exactly and resolve fuzzily: our people and our customers (supplied by the sales data).</summary>
public interface IDirectory
{
    IReadOnlyList<string> People { get; }
    IReadOnlyList<string> Customers { get; }
}
