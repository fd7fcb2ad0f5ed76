namespace SalesCoach.Skills.Nlu;

/// <summary>The names the recogniser can match exactly and resolve fuzzily: our people and our customers (supplied by the sales data).</summary>
public interface IDirectory
{
    IReadOnlyList<string> People { get; }
    IReadOnlyList<string> Customers { get; }

    /// <summary>The sales regions' names ("华东"): English messages name them in English ("East China"), see <see cref="Names.EnglishNames"/>.</summary>
    IReadOnlyList<string> Regions => [];

    /// <summary>The teams' names ("华东一组"), read in English as "East China team 1".</summary>
    IReadOnlyList<string> Teams => [];
}
